using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesLab.Testing;

namespace OutcomesLab.Cli.Tests;

/// <summary>Reads the R reference JSON fixtures (NaN/Infinity as named literals, NA as null).</summary>
internal static class ReferenceFixture
{
    public static string DataPath(string file) => ReferenceData.PathOf(Path.Combine("data", file));

    public static JsonNode Survival(string name) => ReferenceData.JsonNodeOf(Path.Combine("survival", name + ".json"));

    public static double?[] Numbers(JsonNode? array) =>
        [.. array!.AsArray().Select(Number)];

    public static double? Number(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var s => throw new FormatException(s),
        },
        JsonValue v => v.GetValue<double>(),
        _ => throw new FormatException(node.ToJsonString()),
    };
}
