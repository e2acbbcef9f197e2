using System.Text.Json.Nodes;

namespace OutcomesLab.Cli.Tests;

/// <summary>Reads the copied R effect-size fixtures (<c>Fixtures/reference/effects</c>) and parses CLI JSON output.</summary>
internal static class EffectsFixture
{
    public static JsonNode Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "reference", "effects", name + ".json")))!;

    public static double D(JsonNode? node) => ReferenceFixture.Number(node) ?? double.NaN;

    /// <summary>Runs the CLI with --format json, asserts exit 0 and returns the parsed output.</summary>
    public static JsonObject RunJson(params string[] args)
    {
        var (code, output, err) = CliRunner.Run([.. args, "--format", "json"]);
        Xunit.Assert.True(code == 0, $"exit {code}: {err}");
        return JsonNode.Parse(output)!.AsObject();
    }
}
