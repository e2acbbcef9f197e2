using System.Globalization;
using System.Text.Json;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Issue 14.2 and the --factor part of 14.8: a text covariate that is really numbers with decimal
/// commas, or has implausibly many levels, stops with exit 2 instead of being dummy-coded; numeric
/// codes become categories with --factor (plan key "factor"), as R's factor(). Oracle for the factor
/// fits: Rscript, survival 3.5-3, on data/addicts/addicts.csv (the R calls are next to the literals).
/// </summary>
public sealed class CovariateShapeTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv");
    private static readonly string Cohort = RepositoryPaths.Combine("data", "simulated_cohort.csv");

    /// <summary>The simulated cohort as a European spreadsheet would export it: ';' between fields and ',' as the decimal mark.</summary>
    private static string EuropeanCohort(TempDirectory dir) =>
        dir.Write("eu.csv", string.Join('\n', File.ReadAllLines(Cohort).Select(l => l.Replace(',', ';').Replace('.', ','))) + "\n");

    [Fact]
    public void DecimalCommaColumnReadAsTextStopsAndNamesTheOption()
    {
        using var dir = new TempDirectory();
        var eu = EuropeanCohort(dir);
        var (code, stdout, stderr) = CliRunner.Run("cox", "--input", eu, "--time", "time_days", "--event", "event", "--covariates", "arm,dose_mg");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("column \"dose_mg\"", stderr, StringComparison.Ordinal);
        Assert.Contains("--decimal-comma", stderr, StringComparison.Ordinal);
        Assert.Contains("\"20,6\"", stderr, StringComparison.Ordinal);

        // With the option the fit is the one of the same data written with '.' decimals.
        var european = CliRunner.Run("cox", "--input", eu, "--decimal-comma", "--time", "time_days", "--event", "event", "--covariates", "arm,dose_mg", "--format", "json");
        var plain = CliRunner.Run("cox", "--input", Cohort, "--time", "time_days", "--event", "event", "--covariates", "arm,dose_mg", "--format", "json");
        Assert.True(european.Code == 0, european.Err);
        Assert.Equal(plain.Out, european.Out);
    }

    [Fact]
    public void DescribeSaysWhichTextColumnsAreDecimalCommaNumbers()
    {
        using var dir = new TempDirectory();
        var eu = EuropeanCohort(dir);
        var (code, stdout, stderr) = CliRunner.Run("describe", "--input", eu, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("column \"dose_mg\" is read as text, but every value is a number written with a decimal comma", stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(stdout);
        var columns = doc.RootElement.GetProperty("column_details").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Contains("--decimal-comma", columns["dose_mg"].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, columns["site"].GetProperty("note").ValueKind);
        Assert.Equal(JsonValueKind.Null, columns["age"].GetProperty("note").ValueKind);
    }

    [Fact]
    public void Table1TextVariableWithDecimalCommasStopsAndNamesTheOption()
    {
        using var dir = new TempDirectory();
        var (code, _, stderr) = CliRunner.Run("table1", "--input", EuropeanCohort(dir), "--group", "arm", "--variables", "age,dose_mg");
        Assert.Equal(2, code);
        Assert.Contains("column \"dose_mg\"", stderr, StringComparison.Ordinal);
        Assert.Contains("--decimal-comma", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60, "found \"60 distinct values\"")]
    [InlineData(12, "found \"12 distinct values in 100 rows\"")]
    public void TextCovariateWithImplausiblyManyLevelsStopsUnlessNamedInFactor(int levels, string why)
    {
        using var dir = new TempDirectory();
        var rows = Enumerable.Range(0, 100).Select(i => string.Create(CultureInfo.InvariantCulture, $"{10 + (i * 7 % 50)},{i % 3 == 0},L{i % levels}"));
        var file = dir.Write("wide.csv", "time,event,code\n" + string.Join('\n', rows) + "\n");
        var (code, _, stderr) = CliRunner.Run("cox", "--input", file, "--time", "time", "--event", "event", "--covariates", "code");
        Assert.Equal(2, code);
        Assert.Contains(why, stderr, StringComparison.Ordinal);
        Assert.Contains("at most 50 levels", stderr, StringComparison.Ordinal);
        Assert.Contains("--factor code", stderr, StringComparison.Ordinal);

        var declared = CliRunner.Run("cox", "--input", file, "--time", "time", "--event", "event", "--covariates", "code", "--factor", "code", "--format", "json");
        Assert.True(declared.Code == 0, declared.Err);
        using var doc = JsonDocument.Parse(declared.Out);
        Assert.Equal(levels - 1, doc.RootElement.GetProperty("coefficients").GetArrayLength());
    }

    [Fact]
    public void TenLevelTextCovariateInFortyRowsIsStillAFactor()
    {
        using var dir = new TempDirectory();
        var rows = Enumerable.Range(0, 40).Select(i => string.Create(CultureInfo.InvariantCulture, $"{5 + (i * 13 % 37)},{(i % 4 == 0 ? 0 : 1)},g{i % 10}"));
        var file = dir.Write("ten.csv", "time,event,g\n" + string.Join('\n', rows) + "\n");
        var (code, stdout, stderr) = CliRunner.Run("cox", "--input", file, "--time", "time", "--event", "event", "--covariates", "g", "--format", "json");
        Assert.True(code == 0, stderr);
        Assert.Contains("\"g=g9\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void FactorTakesNumericCodesAsCategoriesAsR()
    {
        // R: coxph(Surv(days, departed) ~ factor(clinic) + prison, data = read.csv("data/addicts/addicts.csv"))
        //    coef: -1.1088547801777124 0.27782449555175864; se: 0.21435715368639319 0.16556137789596506
        //    loglik: -705.53930723554743 -688.65014440748132
        var (code, stdout, stderr) = CliRunner.Run("cox", "--input", Addicts, "--time", "days", "--event", "departed", "--covariates", "clinic,prison", "--factor", "clinic", "--format", "json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var terms = doc.RootElement.GetProperty("coefficients").EnumerateArray().ToArray();
        Assert.Equal("clinic=2", terms[0].GetProperty("term").GetString());
        NumericAssert.Close(-1.1088547801777124, terms[0].GetProperty("coef").GetDouble(), rel: 1e-9, what: "clinic=2 coef");
        NumericAssert.Close(0.21435715368639319, terms[0].GetProperty("se").GetDouble(), rel: 1e-9, what: "clinic=2 se");
        NumericAssert.Close(0.27782449555175864, terms[1].GetProperty("coef").GetDouble(), rel: 1e-9, what: "prison coef");
        NumericAssert.Close(0.16556137789596506, terms[1].GetProperty("se").GetDouble(), rel: 1e-9, what: "prison se");

        // R: relevel(factor(clinic), ref = "2") -> coef 1.1088547801777096 for clinic 1.
        var relevelled = CliRunner.Run("cox", "--input", Addicts, "--time", "days", "--event", "departed", "--covariates", "clinic,prison", "--factor", "clinic", "--reference", "clinic=2", "--format", "json");
        Assert.True(relevelled.Code == 0, relevelled.Err);
        using var rdoc = JsonDocument.Parse(relevelled.Out);
        var first = rdoc.RootElement.GetProperty("coefficients")[0];
        Assert.Equal("clinic=1", first.GetProperty("term").GetString());
        NumericAssert.Close(1.1088547801777096, first.GetProperty("coef").GetDouble(), rel: 1e-9, what: "clinic=1 vs 2");
    }

    [Fact]
    public void FactorNamingAColumnOutsideTheModelIsRefused()
    {
        var (code, _, stderr) = CliRunner.Run("cox", "--input", Addicts, "--time", "days", "--event", "departed", "--covariates", "prison", "--factor", "clinic");
        Assert.Equal(2, code);
        Assert.Contains("column \"clinic\"", stderr, StringComparison.Ordinal);
        Assert.Contains("Add \"clinic\" to the covariates, or remove it from --factor", stderr, StringComparison.Ordinal);

        var numericReference = CliRunner.Run("cox", "--input", Addicts, "--time", "days", "--event", "departed", "--covariates", "clinic,prison", "--reference", "clinic=2");
        Assert.Equal(2, numericReference.Code);
        Assert.Contains("--factor clinic", numericReference.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanFactorKeyFitsTheCodesAsCategories()
    {
        using var dir = new TempDirectory();
        var plan = dir.Write("plan.json", $$"""
            {
              "datasets": { "addicts": { "file": "{{Addicts.Replace('\\', '/')}}" } },
              "analyses": [
                { "id": "cox", "type": "cox", "dataset": "addicts", "time": "days", "event": "departed", "covariates": ["clinic", "prison"], "factor": ["clinic"], "ph_test": "none" },
              ],
            }
            """);
        var output = dir.File("out");
        var (code, _, err) = CliRunner.Run("report", "--plan", plan, "--output", output);
        Assert.True(code == 0, err);
        var rows = File.ReadAllLines(Path.Combine(output, "tables", "cox-coefficients.csv")).Select(l => l.Split(',')).ToArray();
        Assert.Equal("clinic=2", rows[1][0]);
        NumericAssert.Close(-1.1088547801777124, double.Parse(rows[1][3], CultureInfo.InvariantCulture), rel: 5e-5, abs: 0, what: "coef (5 significant digits)");

        var bad = dir.Write("bad.json", File.ReadAllText(plan).Replace("\"factor\": [\"clinic\"]", "\"factor\": [\"mdose\"]", StringComparison.Ordinal));
        var refused = CliRunner.Run("report", "--plan", bad, "--output", dir.File("out2"));
        Assert.Equal(2, refused.Code);
        Assert.Contains("\"factor\" names covariates to take as categories", refused.Err, StringComparison.Ordinal);
    }
}
