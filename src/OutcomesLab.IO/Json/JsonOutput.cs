using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OutcomesLab.IO.Json;

/// <summary>
/// Writes JSON results: snake_case keys chosen by each command, numbers as JSON numbers in their
/// shortest round-trip form, and null for R's NA (also for NaN and infinities, which JSON lacks).
/// </summary>
internal static class JsonOutput
{
    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static void Number(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is null || !double.IsFinite(value.Value))
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, value.Value);
        }
    }

    public static void NumberValue(this Utf8JsonWriter writer, double? value)
    {
        if (value is null || !double.IsFinite(value.Value))
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteNumberValue(value.Value);
        }
    }

    /// <summary>Writes the keys <c>estimate</c>, <c>lower</c> and <c>upper</c> of an estimate with its confidence interval.</summary>
    public static void Interval(this Utf8JsonWriter writer, double? estimate, double? lower, double? upper)
    {
        writer.Number("estimate", estimate);
        writer.Number("lower", lower);
        writer.Number("upper", upper);
    }

    /// <summary>Writes the object <paramref name="name"/> of a chi-square test: <c>chisq</c>, <c>df</c>, <c>p</c>.</summary>
    public static void ChiSquareTest(this Utf8JsonWriter writer, string name, double chiSquare, int df, double p)
    {
        writer.WriteStartObject(name);
        writer.Number("chisq", chiSquare);
        writer.WriteNumber("df", df);
        writer.Number("p", p);
        writer.WriteEndObject();
    }

    /// <summary>Writes the array <paramref name="name"/> of the diagnostics' messages.</summary>
    public static void Diagnostics(this Utf8JsonWriter writer, IEnumerable<Diagnostic> diagnostics, string name = "diagnostics")
    {
        writer.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            writer.WriteStringValue(d.Message);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the array <paramref name="name"/> of numbers (NA as null).</summary>
    public static void Numbers(this Utf8JsonWriter writer, string name, IEnumerable<double> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.NumberValue(v);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the array <paramref name="name"/> of strings.</summary>
    public static void Strings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }
}
