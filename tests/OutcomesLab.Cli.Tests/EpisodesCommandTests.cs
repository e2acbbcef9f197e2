using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// The streaming <c>episodes</c> command against the in-memory path (oracle: <c>retention --episodes-out</c>,
/// whose episodes are checked against Hser et al. 2014 and Python recounts in <see cref="RetentionCommandTests"/>),
/// the order error, and <c>simulate dispensing</c> determinism across cultures.
/// </summary>
public sealed class EpisodesCommandTests
{
    private static string Data(string file) => RepositoryPaths.Combine("data", "ctn0027", file);

    [Theory]
    [InlineData("7")]
    [InlineData("none")]
    public void StreamedEpisodesEqualTheInMemoryEpisodesOnCtn0027(string gap)
    {
        using var dir = new TempDirectory();
        var streamed = dir.File("streamed.csv");
        var memory = dir.File("memory.csv");
        var (code, _, err) = CliRunner.Run("episodes", "--dispensing", Data("treatment.csv"), "--id", "who", "--day", "when", "--dose", "amount", "--gap", gap, "--output", streamed);
        Assert.True(code == 0, err);
        (code, _, err) = CliRunner.Run("retention", "--dispensing", Data("treatment.csv"), "--id", "who", "--day", "when", "--dose", "amount", "--gap", gap, "--index", Data("randomization.csv"), "--index-day", "when", "--index-filter", "which=1", "--episodes-out", memory);
        Assert.True(code == 0, err);

        // memory: patient,episode,start,end,records,covered_days,medication,max_dose
        // streamed: patient,episode,start,end,days,records,covered_days,medication,max_dose,ended_by
        var expected = File.ReadAllLines(memory).Skip(1).ToList();
        var actual = File.ReadAllLines(streamed).Skip(1).Select(l =>
        {
            var f = l.Split(',');
            return string.Join(',', f[0], f[1], f[2], f[3], f[5], f[6], f[7], f[8]);
        }).ToList();
        Assert.True(expected.Count > 1000, "expected many CTN-0027 episodes");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void UnsortedFileExitsTwoNamingTheLineAndWritesNothing()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("d.csv", "patient,day\n1,0\n1,1\n2,0\n1,2\n");
        var output = dir.File("e.csv");
        var (code, _, err) = CliRunner.Run("episodes", "--dispensing", input, "--id", "patient", "--day", "day", "--gap", "7", "--output", output);
        Assert.Equal(2, code);
        Assert.Contains("line 5", err, StringComparison.Ordinal);
        Assert.Contains("column \"patient\"", err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void SimulatedDispensingIsByteIdenticalAcrossCulturesAndStreamsThroughEpisodes()
    {
        using var dir = new TempDirectory();
        var a = dir.File("a.csv");
        var b = dir.File("b.csv");
        Assert.Equal(0, CliRunner.Run("simulate", "dispensing", "--patients", "300", "--seed", "5", "--output", a).Code);
        Assert.Equal(0, CliRunner.RunUnderCulture("tr-TR", "simulate", "dispensing", "--patients", "300", "--seed", "5", "--output", b).Code);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.StartsWith("patient,day,medication,days_supplied,dose_mg\n1,", File.ReadAllText(a), StringComparison.Ordinal);
        var (code, stdout, err) = CliRunner.Run("episodes", "--dispensing", a, "--id", "patient", "--day", "day", "--days-supplied", "days_supplied", "--medication", "medication", "--gap", "30", "--output", dir.File("e.csv"), "--format", "json");
        Assert.True(code == 0, err);
        Assert.Contains("\"patients\": 300", stdout, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("simulate", "dispensing", "--seed", "5", "--output", dir.File("c.csv")).Code);
    }
}
