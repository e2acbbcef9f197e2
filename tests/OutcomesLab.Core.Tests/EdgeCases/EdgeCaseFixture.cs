using System.Text.Json;

namespace OutcomesLab.Core.Tests.EdgeCases;

/// <summary>
/// The R literals of <c>Fixtures/edge-cases/edge_cases.json</c>, written by
/// <c>make_edge_cases.R</c> beside it (R 4.2.2, survival 3.5-3, metafor 3.8-1, boot 1.3-28.1,
/// effectsize 0.8.3; see PROVENANCE.md there). NA is null, R's Inf is the number Infinity.
/// </summary>
internal static class EdgeCaseFixture
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "edge-cases", "edge_cases.json");
        var text = File.ReadAllText(path).Replace("Inf]", "\"Infinity\"]", StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    });

    /// <summary>A vector; null for R's NA.</summary>
    public static double?[] Vector(string name) =>
        [.. Root.Value.GetProperty(name).EnumerateArray().Select(e => e.ValueKind switch
        {
            JsonValueKind.Null => (double?)null,
            JsonValueKind.String when e.GetString() == "Infinity" => double.PositiveInfinity,
            _ => e.GetDouble(),
        })];

    /// <summary>A vector without NA.</summary>
    public static double[] Doubles(string name) => [.. Vector(name).Select(v => v ?? throw new InvalidOperationException($"{name} holds NA"))];

    public static string Text(string name) => Root.Value.GetProperty(name).ToString();
}
