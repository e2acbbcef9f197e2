using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>logrank --trend</c> end to end. Oracle: Fixtures/reference/survival/veteran_logrank_trend_celltype.json,
/// made by r/make_logrank_trend.R (R 4.2.2, survival 3.5-3): Collett's trend statistic
/// (sum_k w_k (O_k − E_k))² / (wᵀVw) computed in R from survdiff's obs, exp and var on veteran by
/// celltype (R's level order squamous, smallcell, adeno, large).
/// </summary>
public sealed class LogRankTrendCommandTests
{
    private const string RLevels = "squamous,smallcell,adeno,large";

    [Theory]
    [InlineData("default_scores", new string[0])]
    [InlineData("custom_scores", new[] { "--scores", "0,1,2.5,7" })]
    [InlineData("strata_trt", new[] { "--strata", "trt" })]
    [InlineData("rho_1", new[] { "--rho", "1" })]
    public void Trend_json_reproduces_R_survdiff_with_scores(string rCase, string[] extra)
    {
        var r = ReferenceFixture.Survival("veteran_logrank_trend_celltype")["cases"]![rCase]!;
        var ours = RunJson([.. Veteran(), "--levels", RLevels, "--trend", .. extra]);
        var trend = ours["trend"]!;
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["scores"]), ReferenceFixture.Numbers(trend["scores"]), rel: 0, abs: 0, what: "scores");
        NumericAssert.Close(ReferenceFixture.Number(r["statistic"]), ReferenceFixture.Number(trend["statistic"]), what: "U = w'(O - E)");
        NumericAssert.Close(ReferenceFixture.Number(r["variance"]), ReferenceFixture.Number(trend["variance"]), what: "w'Vw");
        NumericAssert.Close(ReferenceFixture.Number(r["chisq"]), ReferenceFixture.Number(trend["chisq"]), what: "trend chisq");
        NumericAssert.Close(ReferenceFixture.Number(r["p"]), ReferenceFixture.Number(trend["p"]), what: "trend p");
        Assert.Equal(1, trend["df"]!.GetValue<int>());
        NumericAssert.Close(ReferenceFixture.Number(r["overall_chisq"]), ReferenceFixture.Number(ours["chisq"]), what: "overall chisq");
        var groups = ours["groups"]!.AsArray();
        Assert.Equal(RLevels.Split(','), groups.Select(g => g!["group"]!.GetValue<string>()));
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["expected"]), [.. groups.Select(g => ReferenceFixture.Number(g!["expected"]))], what: "expected");
    }

    [Fact]
    public void Without_trend_the_json_has_no_trend_and_levels_only_reorder()
    {
        var plain = RunJson([.. Veteran()]);
        Assert.Null(plain["trend"]);
        var ordered = RunJson([.. Veteran(), "--levels", RLevels]);
        Assert.Equal(RLevels.Split(','), ordered["groups"]!.AsArray().Select(g => g!["group"]!.GetValue<string>()));
        NumericAssert.Close(ReferenceFixture.Number(plain["chisq"]), ReferenceFixture.Number(ordered["chisq"]), what: "chisq invariant to the level order");
    }

    [Fact]
    public void Default_scores_follow_the_sorted_level_order_without_levels()
    {
        // Sorted order adeno, large, smallcell, squamous = R's scores c(3, 4, 2, 1) in R's level order.
        var r = ReferenceFixture.Survival("veteran_logrank_trend_celltype")["cases"]!["default_scores"]!;
        var ours = RunJson([.. Veteran(), "--trend", "--scores", "3,4,2,1"]);
        NumericAssert.Close(ReferenceFixture.Number(r["chisq"]), ReferenceFixture.Number(ours["trend"]!["chisq"]), what: "trend chisq, permuted scores");
        var table = CliRunner.Run([.. Veteran(), "--trend", "--levels", RLevels]);
        Assert.Equal(0, table.Code);
        Assert.Contains("Test for trend: chi-square 0.5462 on 1 df", table.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--scores", "1,2,3,4" }, "--scores gives the group scores of the test for trend; add --trend")]
    [InlineData(new[] { "--trend", "--scores", "1,2" }, "--scores has 2 values but column \"celltype\" has 4 groups (adeno,large,smallcell,squamous, in this order)")]
    [InlineData(new[] { "--trend", "--scores", "1,x,3,4" }, "expected finite numbers separated by commas")]
    [InlineData(new[] { "--levels", "squamous,smallcell,adeno" }, "level \"large\" of column \"celltype\" is missing")]
    [InlineData(new[] { "--levels", "squamous,smallcell,adeno,large,oat" }, "\"oat\" is not a level of column \"celltype\"")]
    [InlineData(new[] { "--levels", "squamous,squamous,adeno,large" }, "--levels names \"squamous\" twice")]
    [InlineData(new[] { "--levels", RLevels, "--reference", "adeno" }, "--reference and --levels both set the group order")]
    [InlineData(new[] { "--weighting", "tarone-ware", "--rho", "1" }, "--rho applies to --weighting g-rho only, not tarone-ware")]
    [InlineData(new[] { "--fh-p", "1" }, "--fh-p and --fh-q apply to --weighting fleming-harrington only, not g-rho")]
    [InlineData(new[] { "--weighting", "gehan-breslow", "--fh-q", "1" }, "--fh-p and --fh-q apply to --weighting fleming-harrington only, not gehan-breslow")]
    public void Options_that_would_be_ignored_or_do_not_fit_are_refused_with_exit_2(string[] extra, string expected)
    {
        var (code, output, err) = CliRunner.Run([.. Veteran(), .. extra]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }

    private static string[] Veteran() =>
        ["logrank", "--input", ReferenceFixture.DataPath("veteran.csv"), "--time", "time", "--event", "status", "--group", "celltype"];

    private static JsonNode RunJson(params string[] args)
    {
        var (code, output, err) = CliRunner.Run([.. args, "--format", "json"]);
        Assert.True(code == 0, err);
        return JsonNode.Parse(output)!;
    }
}
