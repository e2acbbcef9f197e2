using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// --help prints each default as the option accepts it (the plan documentation's spelling), not as
/// .NET prints the value: "log-log"-style choice names instead of enum names, "table" instead of
/// "Table", "90,180" instead of "90|180". Oracle: the accepted spellings of each option.
/// </summary>
public sealed class HelpDefaultsTests
{
    [Theory]
    [InlineData("km", "--conf-type", "[default: log]")]
    [InlineData("km", "--variance", "[default: auto]")]
    [InlineData("km", "--format", "[default: table]")]
    [InlineData("km", "--confidence-level", "[default: 0.95]")]
    [InlineData("retention", "--retained-at", "[default: 90,180]")]
    [InlineData("retention", "--switch", "[default: continuous]")]
    [InlineData("cox", "--ph-test", "[default: km]")]
    public void Help_shows_the_default_as_it_is_typed(string command, string option, string expected)
    {
        var (code, output, _) = CliRunner.Run(command, "--help");
        Assert.Equal(0, code);
        var line = output.ReplaceLineEndings("\n").Split('\n').Single(l => l.TrimStart().Split(' ')[0].TrimEnd(',') == option || l.Contains(", " + option + " ", StringComparison.Ordinal));
        Assert.EndsWith(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typed_default_is_accepted_back()
    {
        var addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv");
        string[] km = ["km", "--input", addicts, "--time", "days", "--event", "departed", "--format", "json"];
        var (code, byDefault, _) = CliRunner.Run(km);
        var (typedCode, typed, _) = CliRunner.Run([.. km, "--conf-type", "log", "--variance", "auto", "--confidence-level", "0.95"]);
        Assert.Equal(0, code);
        Assert.Equal(0, typedCode);
        Assert.Equal(byDefault, typed);
    }
}
