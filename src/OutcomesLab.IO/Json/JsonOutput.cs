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
}
