using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>End to end: <c>outcomeslab cox</c> JSON compared with R's coxph / cox.zph (oracle: Fixtures/reference, see PROVENANCE.md).</summary>
public sealed class CoxCommandTests
{
    private static JsonNode RunJson(params string[] args)
    {
        var (code, output, err) = CliRunner.Run([.. args, "--format", "json"]);
        Assert.True(code == 0, err);
        return JsonNode.Parse(output)!;
    }

    [Fact]
    public void Cox_with_cluster_reproduces_R_coxph_robust()
    {
        var r = ReferenceFixture.Survival("retention_cox_cluster_site");
        var ours = RunJson("cox", "--input", ReferenceFixture.DataPath("retention_synthetic.csv"), "--time", "time_days", "--event", "event",
            "--covariates", "arm,age,dose_mg", "--reference", "arm=methadone", "--cluster", "site", "--ph-test", "none");
        Assert.Equal(600, ours["n"]!.GetValue<int>());
        Assert.Equal(352, ours["events"]!.GetValue<int>());
        Assert.Equal(r["iter"]!.GetValue<int>(), ours["iterations"]!.GetValue<int>());
        Assert.Equal("efron", ours["ties"]!.GetValue<string>());
        var coefficients = ours["coefficients"]!.AsArray();
        Assert.Equal(["arm=buprenorphine", "arm=xr_naltrexone", "age", "dose_mg"], coefficients.Select(c => c!["term"]!.GetValue<string>()));
        double?[] Field(string key) => [.. coefficients.Select(c => ReferenceFixture.Number(c![key]))];
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["coef"]), Field("coef"), rel: 1e-8, what: "coef");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["se"]), Field("se"), rel: 1e-8, what: "se");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["robust_se"]), Field("robust_se"), rel: 1e-8, what: "robust se");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["hr_lower95"]), Field("hr_lower"), rel: 1e-8, what: "hr lower");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["p"]), Field("p"), rel: 1e-6, what: "p");
        NumericAssert.Close(ReferenceFixture.Number(r["loglik"]), ReferenceFixture.Number(ours["loglik"]), rel: 1e-10, what: "loglik");
        NumericAssert.Close(ReferenceFixture.Number(r["loglik_null"]), ReferenceFixture.Number(ours["loglik_null"]), rel: 1e-12, what: "loglik null");
        NumericAssert.Close(ReferenceFixture.Number(r["lr_test"]!["statistic"]), ReferenceFixture.Number(ours["tests"]!["likelihood_ratio"]!["chisq"]), rel: 1e-8, what: "LR");
        NumericAssert.Close(ReferenceFixture.Number(r["wald_test"]!["statistic"]), ReferenceFixture.Number(ours["tests"]!["wald"]!["chisq"]), rel: 1e-8, what: "robust Wald");
        NumericAssert.Close(ReferenceFixture.Number(r["score_test"]!["statistic"]), ReferenceFixture.Number(ours["tests"]!["score"]!["chisq"]), rel: 1e-8, what: "score");
        NumericAssert.Close(ReferenceFixture.Number(r["concordance"]!["C"]), ReferenceFixture.Number(ours["concordance"]!["estimate"]), rel: 1e-10, what: "concordance");
        NumericAssert.Close(ReferenceFixture.Number(r["concordance"]!["se"]), ReferenceFixture.Number(ours["concordance"]!["se"]), rel: 1e-8, what: "concordance se");
        Assert.Null(ours["ph_test"]);
    }

    [Theory]
    [InlineData("--ph-test", "km")]
    [InlineData("--ties", "efron")]
    public void Cox_drops_rows_with_missing_covariates_and_reproduces_R_with_the_ph_test_on_by_default(string option, string value)
    {
        var fit = ReferenceFixture.Survival("lung_cox_efron");
        var zph = ReferenceFixture.Survival("lung_coxzph_km");
        var (code, output, err) = CliRunner.Run("cox", "--input", ReferenceFixture.DataPath("lung.csv"), "--time", "time", "--event", "status", "--event-value", "2",
            "--covariates", "age,sex,ph.ecog", option, value, "--format", "json");
        Assert.True(code == 0, err);
        Assert.Contains("1 row dropped", err, StringComparison.Ordinal);
        var ours = JsonNode.Parse(output)!;
        Assert.Equal(227, ours["n"]!.GetValue<int>());
        NumericAssert.AllClose(ReferenceFixture.Numbers(fit["coef"]), [.. ours["coefficients"]!.AsArray().Select(c => ReferenceFixture.Number(c!["coef"]))], rel: 1e-8, what: "coef");
        Assert.All(ours["coefficients"]!.AsArray(), c => Assert.Null(c!["robust_se"]?.GetValue<double?>()));
        var terms = ours["ph_test"]!["terms"]!.AsArray();
        var expected = ReferenceFixture.Numbers(zph["chisq"]);
        NumericAssert.AllClose(expected[..3], [.. terms.Select(t => ReferenceFixture.Number(t!["chisq"]))], rel: 1e-8, what: "zph chisq");
        NumericAssert.Close(expected[3], ReferenceFixture.Number(ours["ph_test"]!["global"]!["chisq"]), rel: 1e-8, what: "zph global");
    }

    [Fact]
    public void Breslow_ties_reproduce_R()
    {
        var r = ReferenceFixture.Survival("lung_cox_breslow");
        var ours = RunJson("cox", "--input", ReferenceFixture.DataPath("lung.csv"), "--time", "time", "--event", "status", "--event-value", "2",
            "--covariates", "age,sex,ph.ecog", "--ties", "breslow");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["coef"]), [.. ours["coefficients"]!.AsArray().Select(c => ReferenceFixture.Number(c!["coef"]))], rel: 1e-8, what: "coef");
        NumericAssert.Close(ReferenceFixture.Number(r["loglik"]), ReferenceFixture.Number(ours["loglik"]), rel: 1e-10, what: "loglik");
    }

    [Theory]
    [InlineData("--covariates", "age,age", "more than once")]
    [InlineData("--covariates", "age:sex", "main effects")]
    [InlineData("--reference", "sex=1", "not a text covariate")]
    [InlineData("--covariates", "age,nosuch", "\"nosuch\"")]
    public void Model_specification_errors_exit_2(string option, string value, string expected)
    {
        string[] args = ["cox", "--input", ReferenceFixture.DataPath("lung.csv"), "--time", "time", "--event", "status", "--event-value", "2", "--covariates", "age,sex"];
        var list = args.ToList();
        var existing = list.IndexOf(option);
        if (existing >= 0)
        {
            list[existing + 1] = value;
        }
        else
        {
            list.AddRange([option, value]);
        }

        var (code, _, err) = CliRunner.Run([.. list]);
        Assert.Equal(2, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }
}
