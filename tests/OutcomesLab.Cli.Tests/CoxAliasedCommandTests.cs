using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Issue 14 items 4 and 5: aliased covariates and the concordance SE with <c>--cluster</c> and <c>--robust false</c>,
/// end to end against R's coxph (oracle: Fixtures/reference/survival/*.json from r/make_cox_cli.R, see PROVENANCE.md).
/// </summary>
public sealed class CoxAliasedCommandTests
{
    private static readonly string[] LungAliased = ["cox", "--input", ReferenceFixture.DataPath("lung_aliased.csv"), "--time", "time", "--event", "status", "--event-value", "2"];

    private static (JsonNode Json, string Err) RunJson(params string[] args)
    {
        var (code, output, err) = CliRunner.Run([.. args, "--format", "json"]);
        Assert.True(code == 0, err);
        return (JsonNode.Parse(output)!, err);
    }

    private static double?[] Field(JsonNode ours, string key) => [.. ours["coefficients"]!.AsArray().Select(c => ReferenceFixture.Number(c![key]))];

    private static void AssertFitMatches(JsonNode r, JsonNode ours, bool robust)
    {
        Assert.Equal(r["terms"]!.AsArray().Count, ours["coefficients"]!.AsArray().Count);
        Assert.Equal(r["iter"]!.GetValue<int>(), ours["iterations"]!.GetValue<int>());
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["coef"]), Field(ours, "coef"), rel: 1e-8, what: "coef");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["se"]), Field(ours, "se"), rel: 1e-8, what: "se");
        if (robust)
        {
            NumericAssert.AllClose(ReferenceFixture.Numbers(r["robust_se"]), Field(ours, "robust_se"), rel: 1e-8, what: "robust se");
        }

        NumericAssert.AllClose(ReferenceFixture.Numbers(r["hr"]), Field(ours, "hr"), rel: 1e-8, what: "hr");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["hr_lower"]), Field(ours, "hr_lower"), rel: 1e-8, what: "hr lower");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["hr_upper"]), Field(ours, "hr_upper"), rel: 1e-8, what: "hr upper");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["z"]), Field(ours, "z"), rel: 1e-7, what: "z");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["p"]), Field(ours, "p"), rel: 1e-6, what: "p");
        var loglik = ReferenceFixture.Numbers(r["loglik"]);
        NumericAssert.Close(loglik[0], ReferenceFixture.Number(ours["loglik_null"]), rel: 1e-12, what: "loglik null");
        NumericAssert.Close(loglik[1], ReferenceFixture.Number(ours["loglik"]), rel: 1e-10, what: "loglik");
        var df = r["df"]!.GetValue<int>();
        var tests = ours["tests"]!;
        foreach (var (ourKey, rKey) in new[] { ("likelihood_ratio", "lr"), ("wald", "wald"), ("score", "score") })
        {
            NumericAssert.Close(ReferenceFixture.Number(r[rKey]), ReferenceFixture.Number(tests[ourKey]!["chisq"]), rel: 1e-8, what: ourKey);
            Assert.Equal(df, tests[ourKey]!["df"]!.GetValue<int>());
        }

        if (ReferenceFixture.Number(r["rscore"]) is { } rscore)
        {
            NumericAssert.Close(rscore, ReferenceFixture.Number(tests["robust_score"]!["chisq"]), rel: 1e-8, what: "robust score");
            Assert.Equal(df, tests["robust_score"]!["df"]!.GetValue<int>());
        }
        else
        {
            Assert.Null(tests["robust_score"]);
        }

        NumericAssert.Close(ReferenceFixture.Number(r["concordance"]), ReferenceFixture.Number(ours["concordance"]!["estimate"]), rel: 1e-10, what: "concordance");
        NumericAssert.Close(ReferenceFixture.Number(r["concordance_se"]), ReferenceFixture.Number(ours["concordance"]!["se"]), rel: 1e-8, what: "concordance se");
    }

    private static void AssertZphMatches(JsonNode r, JsonNode ours)
    {
        var terms = r["terms"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        var ourTerms = ours["terms"]!.AsArray();
        Assert.Equal(terms[..^1], ourTerms.Select(t => t!["term"]!.GetValue<string>()));
        var chisq = ReferenceFixture.Numbers(r["chisq"]);
        NumericAssert.AllClose(chisq[..^1], [.. ourTerms.Select(t => ReferenceFixture.Number(t!["chisq"]))], rel: 1e-7, what: "zph chisq");
        Assert.Equal(ReferenceFixture.Numbers(r["df"])[..^1], [.. ourTerms.Select(t => (double?)t!["df"]!.GetValue<int>())]);
        NumericAssert.Close(chisq[^1], ReferenceFixture.Number(ours["global"]!["chisq"]), rel: 1e-7, what: "zph global");
        Assert.Equal(ReferenceFixture.Numbers(r["df"])[^1], ours["global"]!["df"]!.GetValue<int>());
    }

    [Fact]
    public void Aliased_numeric_column_is_NA_and_the_rest_reproduce_R()
    {
        var r = ReferenceFixture.Survival("lung_cox_aliased");
        var (ours, err) = RunJson([.. LungAliased, "--covariates", "age,wt_loss,x3", "--ph-test", "km"]);
        AssertFitMatches(r, ours, robust: false);
        var x3 = ours["coefficients"]![2]!;
        Assert.Equal("x3", x3["term"]!.GetValue<string>());
        Assert.True(x3["aliased"]!.GetValue<bool>());
        Assert.All(new[] { "coef", "se", "robust_se", "hr", "hr_lower", "hr_upper", "z", "p" }, k => Assert.Null(x3[k]));
        Assert.False(ours["coefficients"]![0]!["aliased"]!.GetValue<bool>());
        Assert.Contains("Aliased covariate(s) x3", err, StringComparison.Ordinal);
        Assert.Contains(ours["diagnostics"]!.AsArray(), d => d!.GetValue<string>().Contains("x3", StringComparison.Ordinal));
        AssertZphMatches(r["zph"]!, ours["ph_test"]!);
    }

    [Fact]
    public void Aliased_column_with_cluster_gives_R_robust_SE_and_robust_score()
    {
        var r = ReferenceFixture.Survival("lung_cox_aliased_cluster");
        var (ours, _) = RunJson([.. LungAliased, "--covariates", "age,wt_loss,x3", "--cluster", "inst"]);
        Assert.Equal(r["n"]!.GetValue<int>(), ours["n"]!.GetValue<int>());
        AssertFitMatches(r, ours, robust: true);
    }

    [Fact]
    public void Aliased_dummy_of_a_text_covariate_is_NA_as_in_R()
    {
        var r = ReferenceFixture.Survival("lung_cox_aliased_dummy");
        var (ours, _) = RunJson([.. LungAliased, "--covariates", "age,site,region", "--ph-test", "km"]);
        Assert.Equal(["age", "site=B", "site=C", "region=south"], ours["coefficients"]!.AsArray().Select(c => c!["term"]!.GetValue<string>()));
        AssertFitMatches(r, ours, robust: false);
        Assert.True(ours["coefficients"]![3]!["aliased"]!.GetValue<bool>());
        AssertZphMatches(r["zph"]!, ours["ph_test"]!);
    }

    [Fact]
    public void Table_shows_aliased_NA()
    {
        var (code, output, err) = CliRunner.Run([.. LungAliased, "--covariates", "age,wt_loss,x3"]);
        Assert.True(code == 0, err);
        var line = output.Split('\n').Single(l => l.StartsWith("x3 ", StringComparison.Ordinal));
        Assert.Contains("aliased (NA)", line, StringComparison.Ordinal);
        Assert.Contains("likelihood ratio  5.2707      2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_with_robust_false_keeps_the_cluster_for_the_concordance_SE_as_R()
    {
        var r = ReferenceFixture.Survival("retention_cox_cluster_site_nonrobust");
        var (ours, err) = RunJson("cox", "--input", ReferenceFixture.DataPath("retention_synthetic.csv"), "--time", "time_days", "--event", "event",
            "--covariates", "arm,age,dose_mg", "--cluster", "site", "--robust", "false");
        AssertFitMatches(r, ours, robust: false);
        Assert.All(ours["coefficients"]!.AsArray(), c => Assert.Null(c!["robust_se"]));
        Assert.Contains("concordance SE is still grouped by the cluster", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_robust_fit_reports_R_robust_score_test()
    {
        var r = ReferenceFixture.Survival("retention_cox_cluster_site_rscore");
        var (ours, _) = RunJson("cox", "--input", ReferenceFixture.DataPath("retention_synthetic.csv"), "--time", "time_days", "--event", "event",
            "--covariates", "arm,age,dose_mg", "--cluster", "site");
        AssertFitMatches(r, ours, robust: true);
    }
}
