using System.Globalization;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

public sealed class SimulateCommandTests
{
    [Fact]
    public void Same_seed_gives_byte_identical_files_under_any_culture()
    {
        using var dir = new TempDirectory();
        var a = dir.File("a.csv");
        var b = dir.File("b.csv");
        var c = dir.File("c.csv");
        Assert.Equal(0, CliRunner.Run("simulate", "--n", "500", "--seed", "7", "--output", a).Code);
        Assert.Equal(0, CliRunner.RunUnderCulture("de-DE", "simulate", "--n", "500", "--seed", "7", "--output", b).Code);
        Assert.Equal(0, CliRunner.RunUnderCulture("tr-TR", "simulate", "--n", "500", "--seed", "8", "--output", c).Code);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.NotEqual(File.ReadAllBytes(a), File.ReadAllBytes(c));
        Assert.DoesNotContain(';', File.ReadAllText(b));
    }

    [Fact]
    public void Cohort_follows_the_documented_generative_model()
    {
        using var dir = new TempDirectory();
        var path = dir.File("cohort.csv");
        Assert.Equal(0, CliRunner.Run("simulate", "--n", "30000", "--seed", "3", "--output", path).Code);
        var lines = File.ReadAllLines(path);
        Assert.Equal("id,site,arm,age,sex,dose_mg,time_days,event,event_type,mo,sc,ua,pd,ad,eq_vas,mo_w24,sc_w24,ua_w24,pd_w24,ad_w24,eq_vas_w24", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(30000, rows.Count);

        // Arms are allocated 1:1:1 and sex is female with probability 0.35 (binomial SE < 0.003 at n = 30000).
        foreach (var arm in new[] { "methadone", "buprenorphine", "xr-naltrexone" })
        {
            Assert.InRange(rows.Count(r => r[2] == arm) / 30000.0, 1 / 3.0 - 0.015, 1 / 3.0 + 0.015);
        }

        Assert.InRange(rows.Count(r => r[4] == "F") / 30000.0, 0.335, 0.365);
        foreach (var r in rows)
        {
            var age = int.Parse(r[3], CultureInfo.InvariantCulture);
            var time = int.Parse(r[6], CultureInfo.InvariantCulture);
            var dose = double.Parse(r[5], CultureInfo.InvariantCulture);
            Assert.InRange(age, 18, 70);
            Assert.InRange(time, 1, 365);
            Assert.Equal(r[8] == "1" ? "1" : "0", r[7]);
            Assert.Contains(r[8], new[] { "0", "1", "2", "3" });
            if (r[2] == "xr-naltrexone")
            {
                Assert.Equal(380.0, dose);
            }

            if (time < 168)
            {
                Assert.Equal("", r[15]);
            }

            Assert.All(r.Skip(9).Take(5), level => Assert.InRange(int.Parse(level, CultureInfo.InvariantCulture), 1, 5));
        }

        // The model gives buprenorphine (HR 1.5) and XR-naltrexone (HR 1.9) more dropout than methadone.
        double Dropout(string arm) => rows.Where(r => r[2] == arm).Average(r => r[7] == "1" ? 1.0 : 0.0);
        Assert.True(Dropout("methadone") < Dropout("buprenorphine"));
        Assert.True(Dropout("buprenorphine") < Dropout("xr-naltrexone"));
    }

    [Fact]
    public void Noise_covariates_are_appended_without_changing_the_cohort()
    {
        using var dir = new TempDirectory();
        var plain = dir.File("plain.csv");
        var wide = dir.File("wide.csv");
        Assert.Equal(0, CliRunner.Run("simulate", "--n", "20000", "--seed", "5", "--output", plain).Code);
        Assert.Equal(0, CliRunner.RunUnderCulture("de-DE", "simulate", "--n", "20000", "--seed", "5", "--noise-covariates", "3", "--output", wide).Code);
        var plainLines = File.ReadAllLines(plain);
        var wideLines = File.ReadAllLines(wide);
        Assert.Equal(plainLines[0] + ",z1,z2,z3", wideLines[0]);
        Assert.Equal(plainLines.Length, wideLines.Length);
        var z = new List<double>[] { [], [], [] };
        for (var i = 1; i < plainLines.Length; i++)
        {
            // The cohort's own 21 columns are byte-identical: the noise has its own random stream.
            var fields = wideLines[i].Split(',');
            Assert.Equal(plainLines[i], string.Join(',', fields[..^3]));
            for (var j = 0; j < 3; j++)
            {
                var text = fields[^(3 - j)];
                var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                Assert.Equal(text, value.ToString("R", CultureInfo.InvariantCulture));
                z[j].Add(value);
            }
        }

        // Standard normal: with n = 20000 the mean's SE is 0.007 and the SD's about 0.005 (5 SE bounds).
        foreach (var column in z)
        {
            var mean = column.Average();
            var sd = Math.Sqrt(column.Sum(v => (v - mean) * (v - mean)) / (column.Count - 1));
            Assert.InRange(mean, -0.035, 0.035);
            Assert.InRange(sd, 0.975, 1.025);
        }

        var (code, _, err) = CliRunner.Run("simulate", "--n", "10", "--noise-covariates", "31", "--output", dir.File("x.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--noise-covariates must be between 0 and 30; found 31", err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("x.csv")));
    }

    [Fact]
    public void Existing_output_is_not_overwritten_without_force()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cohort.csv", "keep me");
        var (code, _, err) = CliRunner.Run("simulate", "--n", "10", "--output", path);
        Assert.Equal(2, code);
        Assert.Contains("--force", err, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(path));
        Assert.Equal(0, CliRunner.Run("simulate", "--n", "10", "--output", path, "--force").Code);
        Assert.StartsWith("id,site", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(["cohort.csv", "cohort.csv.provenance.json"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("simulate", "--n", "10")]
    [InlineData("simulate", "--n", "0", "--output", "x.csv")]
    [InlineData("simulate", "--n", "ten", "--output", "x.csv")]
    [InlineData("simulate", "--n", "10", "--sites", "0", "--output", "x.csv")]
    [InlineData("simulate", "--n", "10", "--format", "xml", "--output", "x.csv")]
    public void Invalid_usage_exits_with_2_and_writes_nothing(params string[] args)
    {
        using var dir = new TempDirectory();
        var cwd = Environment.CurrentDirectory;
        var (code, _, err) = CliRunner.Run([.. args.Select(a => a == "x.csv" ? dir.File("x.csv") : a)]);
        Assert.Equal(2, code);
        Assert.StartsWith("error:", err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
        Assert.Equal(cwd, Environment.CurrentDirectory);
    }
}
