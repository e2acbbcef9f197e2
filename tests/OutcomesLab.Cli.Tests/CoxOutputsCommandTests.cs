using System.Globalization;
using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Issue 14 item 8 (Cox part): <c>cox --predict/--predictions-out</c> against R's <c>survfit(fit, newdata)</c> and
/// <c>cox --residuals/--residuals-out</c> against R's <c>residuals.coxph</c> (oracle: Fixtures/reference/survival/*.json
/// from r/make_cox_cli.R, see PROVENANCE.md).
/// </summary>
public sealed class CoxOutputsCommandTests
{
    private static readonly string[] Retention = ["cox", "--input", ReferenceFixture.DataPath("retention_synthetic.csv"), "--time", "time_days", "--event", "event", "--covariates", "arm,age,dose_mg"];

    private static readonly string[] LungAliased = ["cox", "--input", ReferenceFixture.DataPath("lung_aliased.csv"), "--time", "time", "--event", "status", "--event-value", "2", "--covariates", "age,wt_loss,x3"];

    /// <summary>Reads a CSV written by the command (quoted fields may hold commas) into header and rows.</summary>
    private static (string[] Header, List<string[]> Rows) ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        return (Split(lines[0]), [.. lines.Skip(1).Select(Split)]);
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }

    private static double? Value(string text) => text == "NA" ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double?[] Column((string[] Header, List<string[]> Rows) csv, string name, Func<string[], bool>? where = null)
    {
        var j = Array.IndexOf(csv.Header, name);
        Assert.True(j >= 0, $"column {name} missing from {string.Join(",", csv.Header)}");
        return [.. csv.Rows.Where(r => where?.Invoke(r) ?? true).Select(r => Value(r[j]))];
    }

    private static double?[] MatrixColumn(JsonNode rows, int j) => [.. rows.AsArray().Select(r => ReferenceFixture.Number(r![j]))];

    private static void AssertCurve(JsonNode r, (string[] Header, List<string[]> Rows) csv, string profile, double rel)
    {
        bool Mine(string[] row) => row[0] == profile;
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["time"]), Column(csv, "time", Mine), rel: 1e-15, what: $"{profile} time");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["n_risk"]), Column(csv, "n.risk", Mine), rel: 1e-15, what: $"{profile} n.risk");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["n_event"]), Column(csv, "n.event", Mine), rel: 1e-15, what: $"{profile} n.event");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["surv"]), Column(csv, "surv", Mine), rel: rel, what: $"{profile} surv");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["std_err"]), Column(csv, "std.err", Mine), rel: rel, what: $"{profile} std.err");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["lower"]), Column(csv, "lower", Mine), rel: rel, what: $"{profile} lower");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["upper"]), Column(csv, "upper", Mine), rel: rel, what: $"{profile} upper");
    }

    [Theory]
    [InlineData(null, "predictions")]
    [InlineData("log-log", "predictions_loglog")]
    public void Predicted_survival_for_profiles_reproduces_R_survfit_newdata(string? confType, string key)
    {
        var r = ReferenceFixture.Survival("retention_cox_predict");
        using var dir = new TempDirectory();
        var file = dir.File("curves.csv");
        string[] profiles = ["arm=methadone,age=40,dose_mg=60", "dose_mg=80, arm=xr_naltrexone, age=50"];
        string[] args = [.. Retention, "--predict", profiles[0], "--predict", profiles[1], "--predictions-out", file, .. confType is null ? Array.Empty<string>() : ["--conf-type", confType]];
        var (code, _, err) = CliRunner.Run(args);
        Assert.True(code == 0, err);
        var csv = ReadCsv(file);
        Assert.Equal(["profile", "time", "n.risk", "n.event", "surv", "std.err", "lower", "upper"], csv.Header);
        AssertCurve(r[key]![0]!, csv, profiles[0], 1e-8);
        AssertCurve(r[key]![1]!, csv, profiles[1], 1e-8);
        Assert.True(File.Exists(file + ".provenance.json"));
    }

    [Fact]
    public void Predictions_without_profiles_are_R_survfit_at_the_means()
    {
        var r = ReferenceFixture.Survival("retention_cox_predict");
        using var dir = new TempDirectory();
        var file = dir.File("means.csv");
        var (code, _, err) = CliRunner.Run([.. Retention, "--predictions-out", file]);
        Assert.True(code == 0, err);
        AssertCurve(r["predictions_means"]![0]!, ReadCsv(file), "means", 1e-8);
    }

    [Fact]
    public void Predictions_with_an_aliased_column_reproduce_R()
    {
        var r = ReferenceFixture.Survival("lung_cox_aliased");
        using var dir = new TempDirectory();
        var file = dir.File("curves.csv");
        var (code, _, err) = CliRunner.Run([.. LungAliased, "--predict", "age=60,wt_loss=5,x3=70", "--predict", "age=70,wt_loss=0,x3=70", "--predictions-out", file]);
        Assert.True(code == 0, err);
        var csv = ReadCsv(file);
        AssertCurve(r["predictions"]![0]!, csv, "age=60,wt_loss=5,x3=70", 1e-8);
        AssertCurve(r["predictions"]![1]!, csv, "age=70,wt_loss=0,x3=70", 1e-8);
    }

    [Fact]
    public void Per_row_residuals_reproduce_R_residuals_coxph()
    {
        var r = ReferenceFixture.Survival("retention_cox_predict")["residuals"]!;
        using var dir = new TempDirectory();
        var file = dir.File("residuals.csv");
        var (code, _, err) = CliRunner.Run([.. Retention, "--residuals", "dfbetas,martingale,deviance,score,dfbeta", "--residuals-out", file]);
        Assert.True(code == 0, err);
        var csv = ReadCsv(file);
        string[] terms = ["arm=methadone", "arm=xr_naltrexone", "age", "dose_mg"];
        Assert.Equal(["line", "martingale", "deviance", .. terms.Select(t => $"score[{t}]"), .. terms.Select(t => $"dfbeta[{t}]"), .. terms.Select(t => $"dfbetas[{t}]")], csv.Header);
        Assert.Equal(Enumerable.Range(2, 600).Select(i => (double?)i), Column(csv, "line"));
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["martingale"]), Column(csv, "martingale"), rel: 1e-8, abs: 1e-12, what: "martingale");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["deviance"]), Column(csv, "deviance"), rel: 1e-8, abs: 1e-12, what: "deviance");
        foreach (var type in new[] { "score", "dfbeta", "dfbetas" })
        {
            for (var j = 0; j < terms.Length; j++)
            {
                NumericAssert.AllClose(MatrixColumn(r[type]!, j), Column(csv, $"{type}[{terms[j]}]"), rel: 1e-7, abs: 1e-12, what: $"{type}[{terms[j]}]");
            }
        }
    }

    [Fact]
    public void Schoenfeld_residuals_with_an_aliased_column_reproduce_R()
    {
        var r = ReferenceFixture.Survival("lung_cox_aliased")["residuals"]!;
        using var dir = new TempDirectory();
        var file = dir.File("events.csv");
        var (code, _, err) = CliRunner.Run([.. LungAliased, "--residuals", "schoenfeld,scaledsch", "--residuals-out", file]);
        Assert.True(code == 0, err);
        var csv = ReadCsv(file);
        Assert.Equal(150, csv.Rows.Count);
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["schoenfeld_time"]), Column(csv, "time"), rel: 1e-15, what: "event times");
        string[] terms = ["age", "wt_loss", "x3"];
        for (var j = 0; j < terms.Length; j++)
        {
            NumericAssert.AllClose(MatrixColumn(r["schoenfeld"]!, j), Column(csv, $"schoenfeld[{terms[j]}]"), rel: 1e-8, abs: 1e-10, what: $"schoenfeld[{terms[j]}]");
            NumericAssert.AllClose(MatrixColumn(r["scaledsch"]!, j), Column(csv, $"scaledsch[{terms[j]}]"), rel: 1e-7, abs: 1e-10, what: $"scaledsch[{terms[j]}]");
        }
    }

    [Fact]
    public void Dfbetas_of_an_aliased_column_are_NA_as_in_R()
    {
        var r = ReferenceFixture.Survival("lung_cox_aliased")["residuals"]!;
        using var dir = new TempDirectory();
        var file = dir.File("rows.csv");
        var (code, _, err) = CliRunner.Run([.. LungAliased, "--residuals", "dfbeta,dfbetas", "--residuals-out", file]);
        Assert.True(code == 0, err);
        var csv = ReadCsv(file);
        Assert.All(MatrixColumn(r["dfbetas"]!, 2), Assert.Null);
        Assert.All(Column(csv, "dfbetas[x3]"), Assert.Null);
        NumericAssert.AllClose(MatrixColumn(r["dfbetas"]!, 0), Column(csv, "dfbetas[age]"), rel: 1e-7, abs: 1e-12, what: "dfbetas[age]");
        NumericAssert.AllClose(MatrixColumn(r["dfbeta"]!, 2), Column(csv, "dfbeta[x3]"), rel: 0, abs: 1e-15, what: "dfbeta[x3]");
    }

    [Theory]
    [InlineData(new[] { "--predict", "arm=methadone,age=40,dose_mg=60" }, "add --predictions-out FILE")]
    [InlineData(new[] { "--conf-type", "plain" }, "add --predictions-out FILE")]
    [InlineData(new[] { "--residuals", "dfbeta" }, "add --residuals-out FILE")]
    [InlineData(new[] { "--predict", "arm=methadone,age=40", "--predictions-out", "OUT" }, "does not give dose_mg")]
    [InlineData(new[] { "--predict", "arm=naloxone,age=40,dose_mg=60", "--predictions-out", "OUT" }, "\"naloxone\" is not a level of arm; the levels are buprenorphine, methadone, xr_naltrexone")]
    [InlineData(new[] { "--predict", "arm=methadone,age=4O,dose_mg=60", "--predictions-out", "OUT" }, "age = \"4O\" is not a number")]
    [InlineData(new[] { "--predict", "arm=methadone,age=40,dose_mg=60,site=site_1", "--predictions-out", "OUT" }, "\"site\" is not a variable of the model")]
    [InlineData(new[] { "--residuals", "schoenfeld,martingale", "--residuals-out", "OUT" }, "cannot share one CSV")]
    [InlineData(new[] { "--residuals", "pearson", "--residuals-out", "OUT" }, "\"pearson\" is not a residual type")]
    public void Output_option_errors_exit_2_and_write_nothing(string[] extra, string expected)
    {
        using var dir = new TempDirectory();
        var (code, _, err) = CliRunner.Run([.. Retention, .. extra.Select(a => a == "OUT" ? dir.File("out.csv") : a)]);
        Assert.Equal(2, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
