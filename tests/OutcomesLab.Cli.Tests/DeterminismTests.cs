using System.Diagnostics;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// DESIGN.md principles 7 and 8: the same command on the same input gives byte-identical JSON, CSV
/// and SVG whatever the culture of the machine (de-DE decimal commas, tr-TR dotless i) and however
/// many cores it has. Every output is produced in-process under the invariant, German and Turkish
/// cultures, and by the CLI as a child process with DOTNET_PROCESSOR_COUNT=1 and with the default
/// core count (each child under another LANG), and all copies must be the same bytes.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly string Sim = RepositoryPaths.Combine("data", "simulated_cohort.csv");

    public static TheoryData<string, string[]> Outputs() => new()
    {
        { "km.json", ["km", "--input", Sim, "--time", "time_days", "--event", "event", "--group", "arm", "--times", "90,180", "--tau", "365", "--format", "json"] },
        { "km.csv", ["km", "--input", Sim, "--time", "time_days", "--event", "event", "--group", "arm", "--times", "90,180", "--tau", "365", "--format", "csv"] },
        { "logrank.json", ["logrank", "--input", Sim, "--time", "time_days", "--event", "event", "--group", "arm", "--pairwise", "holm", "--format", "json"] },
        { "logrank.csv", ["logrank", "--input", Sim, "--time", "time_days", "--event", "event", "--group", "arm", "--format", "csv"] },
        { "cox.json", ["cox", "--input", Sim, "--time", "time_days", "--event", "event", "--covariates", "arm,age,sex,dose_mg", "--cluster", "site", "--ph-test", "km", "--format", "json"] },
        { "cox.csv", ["cox", "--input", Sim, "--time", "time_days", "--event", "event", "--covariates", "arm,age,sex,dose_mg", "--cluster", "site", "--format", "csv"] },
        { "cif.json", ["cif", "--input", Sim, "--time", "time_days", "--event", "event_type", "--group", "arm", "--format", "json"] },
        { "cif.csv", ["cif", "--input", Sim, "--time", "time_days", "--event", "event_type", "--group", "arm", "--format", "csv"] },
        { "effect.json", ["effect", "--input", Sim, "--outcome", "eq_vas_w24", "--group", "arm", "--treatment", "buprenorphine", "--control", "methadone", "--measure", "hedges-g", "--format", "json"] },
        { "effect.csv", ["effect", "--input", Sim, "--outcome", "eq_vas_w24", "--group", "arm", "--treatment", "buprenorphine", "--control", "methadone", "--measure", "hedges-g", "--format", "csv"] },
        { "table1.json", ["table1", "--input", Sim, "--group", "arm", "--variables", "age,sex,dose_mg,site,eq_vas", "--nonnormal", "dose_mg", "--p-values", "--format", "json"] },
        { "table1.csv", ["table1", "--input", Sim, "--group", "arm", "--variables", "age,sex,dose_mg,site,eq_vas", "--nonnormal", "dose_mg", "--p-values", "--format", "csv"] },
        { "km.svg", ["plot", "km", "--input", Sim, "--time", "time_days", "--event", "event", "--group", "arm"] },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Output_bytes_do_not_depend_on_culture_or_core_count(string file, string[] args)
    {
        using var dir = new TempDirectory();
        var runs = new List<(string Label, byte[] Bytes)>();
        foreach (var culture in new[] { "en-US", "de-DE", "tr-TR" })
        {
            var output = Output(dir, culture, file);
            var (code, _, err) = CliRunner.RunUnderCulture(culture, [.. args, "--output", output]);
            Assert.True(code == 0, $"{file} under {culture}: exit {code}\n{err}");
            runs.Add(($"in-process {culture}", File.ReadAllBytes(output)));
        }

        foreach (var (label, processors, lang) in new[] { ("child, 1 core, tr_TR", "1", "tr_TR.UTF-8"), ("child, default cores, de_DE", (string?)null, "de_DE.UTF-8") })
        {
            var output = Output(dir, label, file);
            var (code, err) = RunChild([.. args, "--output", output], processors, lang);
            Assert.True(code == 0, $"{file} ({label}): exit {code}\n{err}");
            runs.Add((label, File.ReadAllBytes(output)));
        }

        var baseline = runs[0];
        Assert.True(baseline.Bytes.Length > 100, $"{file}: only {baseline.Bytes.Length} bytes");
        foreach (var run in runs.Skip(1))
        {
            var first = FirstDifference(baseline.Bytes, run.Bytes);
            Assert.True(first < 0, $"{file}: {run.Label} differs from {baseline.Label} at byte {first}");
        }
    }

    private static string Output(TempDirectory dir, string label, string file)
    {
        var folder = dir.File(new string([.. label.Where(char.IsAsciiLetterOrDigit)]));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, file);
    }

    private static int FirstDifference(byte[] a, byte[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return a.Length == b.Length ? -1 : n;
    }

    /// <summary>Runs the built CLI (copied beside the tests) as a child process with the given core count and locale.</summary>
    private static (int Code, string Err) RunChild(string[] args, string? processorCount, string lang)
    {
        var start = CliChildProcess.StartInfo(args);
        start.Environment.Remove("DOTNET_PROCESSOR_COUNT");
        if (processorCount is not null)
        {
            start.Environment["DOTNET_PROCESSOR_COUNT"] = processorCount;
        }

        start.Environment["LANG"] = lang;
        start.Environment["LC_ALL"] = lang;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr.Result);
    }
}
