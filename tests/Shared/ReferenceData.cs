using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OutcomesLab.Testing;

/// <summary>
/// Reads the R reference fixtures copied under each test project's Fixtures/reference (see the
/// PROVENANCE files there): CSV data written by make_reference.R (comma-separated, no quoting,
/// empty field = NA) and JSON results (NaN/Infinity as named literals, NA as null).
/// </summary>
internal static class ReferenceData
{
    public static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals | JsonNumberHandling.AllowReadingFromString,
    };

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "reference", relative);

    public static JsonNode JsonNodeOf(string relative) => JsonNode.Parse(File.ReadAllText(PathOf(relative)))!;

    public static JsonElement JsonElementOf(string relative)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(PathOf(relative)));
        return doc.RootElement.Clone();
    }

    /// <summary>Columns of a fixture CSV by header name; rows with an empty value in any of <paramref name="naOmit"/> are dropped (R's na.omit).</summary>
    public static Dictionary<string, string[]> Csv(string relative, params string[] naOmit)
    {
        var lines = File.ReadAllLines(PathOf(relative)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        var used = naOmit.Select(u => Array.IndexOf(header, u)).ToArray();
        var rows = lines.Skip(1).Select(l => l.Split(',')).Where(f => used.All(c => f[c].Length > 0)).ToList();
        return header.Select((h, c) => (h, c)).ToDictionary(t => t.h, t => rows.Select(f => f[t.c]).ToArray(), StringComparer.Ordinal);
    }

    public static double[] Doubles(string[] column) => [.. column.Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture))];

    public static int[] Ints(string[] column) => [.. column.Select(s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture))];
}
