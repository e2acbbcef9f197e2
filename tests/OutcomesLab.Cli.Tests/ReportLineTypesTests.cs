using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>The plan key figures.linetypes (issue 17): the report passes it to every figure; "solid" draws other lines than the varied default, a bad value is refused.</summary>
public sealed class ReportLineTypesTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv").Replace('\\', '/');

    private static string Plan(string figures) => $$"""
        {
          "title": "Addicts",{{figures}}
          "datasets": { "addicts": { "file": "{{Addicts}}" } },
          "analyses": [
            { "id": "km-addicts", "type": "km", "dataset": "addicts", "time": "days", "event": "departed", "group": "clinic" }
          ]
        }
        """;

    [Fact]
    public void Figures_linetypes_solid_changes_the_km_figure_and_a_bad_value_is_refused()
    {
        using var dir = new TempDirectory();
        string Run(string name, string figures)
        {
            var output = dir.File(name);
            var (code, _, err) = CliRunner.Run("report", "--plan", dir.Write(name + ".json", Plan(figures)), "--output", output);
            Assert.True(code == 0, err);
            return File.ReadAllText(Path.Combine(output, "figures", "km-addicts.svg"));
        }

        var varied = Run("default", "");
        Assert.Equal(varied, Run("varied", "\n  \"figures\": { \"linetypes\": \"varied\" },"));
        Assert.NotEqual(varied, Run("solid", "\n  \"figures\": { \"linetypes\": \"solid\" },"));

        var (bad, _, error) = CliRunner.Run("report", "--plan", dir.Write("bad.json", Plan("\n  \"figures\": { \"linetypes\": \"dashed\" },")), "--output", dir.File("bad-out"));
        Assert.Equal(2, bad);
        Assert.Contains("\"dashed\"", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("bad-out")));
    }
}
