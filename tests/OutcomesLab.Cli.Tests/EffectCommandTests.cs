using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Cli.Tests.EffectsFixture;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>outcomeslab effect</c> end to end on R's <c>qol_synthetic.csv</c> (buprenorphine vs methadone),
/// against effectsize 0.8.3 (<c>qol_week24_by_arm_smd</c>, noncentral-t limits from <c>ci_exact</c>)
/// and metafor 3.8-1 escalc (<c>qol_responder_by_arm_2x2</c>).
/// </summary>
public sealed class EffectCommandTests
{
    private static readonly string Qol = ReferenceFixture.DataPath("qol_synthetic.csv");

    private static string[] Args(string outcome, string measure, params string[] extra) =>
        ["effect", "--input", Qol, "--outcome", outcome, "--group", "arm", "--treatment", "buprenorphine", "--control", "methadone", "--measure", measure, .. extra];

    [Theory]
    [InlineData("cohens-d", "cohens_d")]
    [InlineData("hedges-g", "hedges_g")]
    [InlineData("glass-delta", "glass_delta")]
    public void Standardised_mean_differences_match_effectsize(string measure, string key)
    {
        var r = EffectsFixture.Load("qol_week24_by_arm_smd")[key]!;
        var json = RunJson(Args("week24", measure));
        Assert.Equal(measure, (string?)json["measure"]);
        NumericAssert.Close(D(r["estimate"]), D(json["estimate"]), rel: 1e-10, what: measure + " estimate");
        NumericAssert.Close(D(r["ci_exact"]![0]), D(json["lower"]), rel: 1e-8, what: measure + " lower");
        NumericAssert.Close(D(r["ci_exact"]![1]), D(json["upper"]), rel: 1e-8, what: measure + " upper");
        NumericAssert.Close(0.95, D(json["conf_level"]));
        Assert.Equal(107, (int)json["n_treatment"]!);
        Assert.Equal(101, (int)json["n_control"]!);
    }

    [Fact]
    public void Rank_biserial_matches_effectsize()
    {
        var r = EffectsFixture.Load("qol_week24_by_arm_smd")["rank_biserial"]!;
        var json = RunJson(Args("week24", "rank-biserial"));
        NumericAssert.Close(D(r["estimate"]), D(json["estimate"]), rel: 1e-10);
        NumericAssert.Close(D(r["ci_low"]), D(json["lower"]), rel: 1e-10);
        NumericAssert.Close(D(r["ci_high"]), D(json["upper"]), rel: 1e-10);
    }

    [Theory]
    [InlineData("odds-ratio", "OR")]
    [InlineData("risk-ratio", "RR")]
    public void Ratios_match_metafor_escalc(string measure, string key)
    {
        var r = EffectsFixture.Load("qol_responder_by_arm_2x2")["metafor_escalc"]![key]!;
        var json = RunJson(Args("responder", measure));
        NumericAssert.Close(D(r["exp_yi"]), D(json["estimate"]), rel: 1e-10, what: "estimate");
        NumericAssert.Close(D(r["exp_ci_lb"]), D(json["lower"]), rel: 1e-10, what: "lower");
        NumericAssert.Close(D(r["exp_ci_ub"]), D(json["upper"]), rel: 1e-10, what: "upper");
        Assert.Equal(107, (int)json["n_treatment"]!);
        Assert.Equal(101, (int)json["n_control"]!);
    }

    [Fact]
    public void Wald_risk_difference_matches_metafor_and_nnt_is_its_inverse()
    {
        var f = EffectsFixture.Load("qol_responder_by_arm_2x2");
        var rd = f["metafor_escalc"]!["RD"]!;
        var json = RunJson(Args("responder", "risk-difference", "--ci-method", "wald"));
        NumericAssert.Close(D(rd["yi"]), D(json["estimate"]), rel: 1e-10);
        NumericAssert.Close(D(rd["ci_lb"]), D(json["lower"]), rel: 1e-10);
        NumericAssert.Close(D(rd["ci_ub"]), D(json["upper"]), rel: 1e-10);
        var nnt = RunJson(Args("responder", "nnt", "--ci-method", "wald"));
        NumericAssert.Close(D(f["raw"]!["nnt"]), D(nnt["estimate"]), rel: 1e-10);

        // Altman: the NNT limits are the inverted RD limits (hand derivation from metafor's interval).
        NumericAssert.Close(1 / D(rd["ci_ub"]), D(nnt["lower"]), rel: 1e-10);
        NumericAssert.Close(1 / D(rd["ci_lb"]), D(nnt["upper"]), rel: 1e-10);
        Assert.False((bool)nnt["crosses_infinity"]!);
    }

    [Fact]
    public void Json_has_the_contract_keys()
    {
        var json = RunJson(Args("week24", "hedges-g"));
        foreach (var key in new[] { "measure", "estimate", "lower", "upper", "conf_level", "n_treatment", "n_control" })
        {
            Assert.True(json.ContainsKey(key), key);
        }
    }

    [Fact]
    public void Swapping_arms_negates_differences_and_inverts_ratios()
    {
        string[] Swapped(string outcome, string measure) =>
            ["effect", "--input", Qol, "--outcome", outcome, "--group", "arm", "--treatment", "methadone", "--control", "buprenorphine", "--measure", measure];
        var g = RunJson(Args("week24", "hedges-g"));
        var gs = RunJson(Swapped("week24", "hedges-g"));
        NumericAssert.Close(-D(g["estimate"]), D(gs["estimate"]), rel: 1e-12);
        NumericAssert.Close(-D(g["upper"]), D(gs["lower"]), rel: 1e-8);
        var or = RunJson(Args("responder", "odds-ratio"));
        var ors = RunJson(Swapped("responder", "odds-ratio"));
        NumericAssert.Close(1 / D(or["estimate"]), D(ors["estimate"]), rel: 1e-12);
        NumericAssert.Close(1 / D(or["upper"]), D(ors["lower"]), rel: 1e-12);
        Assert.Equal(101, (int)ors["n_treatment"]!);
    }

    [Fact]
    public void Event_value_defines_the_event()
    {
        // responder == 0 as the event: OR inverts (hand derivation: (48·36)/(59·65) = 1/OR).
        var json = RunJson(Args("responder", "odds-ratio", "--event-value", "0"));
        var or = D(EffectsFixture.Load("qol_responder_by_arm_2x2")["raw"]!["odds_ratio"]);
        NumericAssert.Close(1 / or, D(json["estimate"]), rel: 1e-12);
    }

    [Fact]
    public void Table_output_is_a_summary_line_with_the_method()
    {
        var (code, output, err) = CliRunner.Run(Args("week24", "cohens-d"));
        Assert.Equal(0, code);
        Assert.Contains("Cohen's d (buprenorphine - methadone)", output, StringComparison.Ordinal);
        Assert.Contains("noncentral t", output, StringComparison.Ordinal);
        Assert.Contains("32 rows dropped", err, StringComparison.Ordinal);
        var (_, or, _) = CliRunner.Run(Args("responder", "odds-ratio"));
        Assert.Contains("Woolf", or, StringComparison.Ordinal);
    }

    public static TheoryData<string, string[], string[]> BadCases() => new()
    {
        { "unknown measure", Args("week24", "cohen-d"), ["--measure", "cohens-d", "odds-ratio"] },
        { "missing level", ["effect", "--input", Qol, "--outcome", "week24", "--group", "arm", "--treatment", "naltrexone", "--control", "methadone", "--measure", "cohens-d"], ["column \"arm\"", "\"naltrexone\"", "\"buprenorphine\", \"methadone\""] },
        { "non-binary outcome for odds-ratio", Args("week24", "odds-ratio"), ["qol_synthetic.csv line", "column \"week24\"", "--event-value"] },
        { "unknown outcome column", Args("week_24", "hedges-g"), ["\"week_24\"", "Did you mean \"week24\""] },
        { "wrong ci method", Args("week24", "hedges-g", "--ci-method", "wald"), ["--ci-method wald"] },
    };

    [Theory]
    [MemberData(nameof(BadCases))]
    public void Bad_input_exits_2_with_a_located_message_and_writes_nothing(string name, string[] args, string[] expected)
    {
        using var dir = new TempDirectory();
        var output = dir.File("out.json");
        var (code, stdout, err) = CliRunner.Run([.. args, "--format", "json", "--output", output]);
        Assert.True(code == 2, $"{name}: exit {code}, {err}");
        Assert.Equal("", stdout);
        Assert.False(File.Exists(output), name);
        foreach (var e in expected)
        {
            Assert.Contains(e, err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_has_an_example()
    {
        var (code, output, _) = CliRunner.Run("effect", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Examples:", output, StringComparison.Ordinal);
        Assert.Contains("outcomeslab effect --input", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--harmful-event")]
    [InlineData("--correction", "none")]
    public void BinaryOnlyOptionsAreRefusedForANumericMeasure(params string[] option)
    {
        var (code, stdout, stderr) = CliRunner.Run(["effect", "--input", RepositoryPaths.Combine("data", "simulated_cohort.csv"), "--outcome", "eq_vas_w24", "--group", "arm", "--treatment", "buprenorphine", "--control", "methadone", "--measure", "hedges-g", .. option]);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains($"{option[0]} applies to the", stderr, StringComparison.Ordinal);
    }
}
