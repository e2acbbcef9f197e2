using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Cli.Tests.EffectsFixture;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>outcomeslab meta</c> end to end on metafor's <c>dat.bcg</c> (escalc RR + rma), against metafor 3.8-1:
/// FE and DL are closed forms (1e-10); REML is checked against the fixture's <c>tight_convergence</c> fit.
/// </summary>
public sealed class MetaCommandTests
{
    private static readonly string Bcg = ReferenceFixture.DataPath("dat_bcg.csv");

    private static JsonObject Fit(string method) =>
        RunJson("meta", "--input", Bcg, "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg", "--study", "author", "--method", method);

    [Theory]
    [InlineData("FE")]
    [InlineData("DL")]
    public void Closed_form_models_match_metafor(string method)
    {
        var r = EffectsFixture.Load("bcg_rma_" + method);
        var json = Fit(method);
        Assert.Equal(13, (int)json["k"]!);
        Assert.Equal(method, (string?)json["method"]);
        foreach (var (mine, theirs) in new[] { ("estimate", "estimate"), ("se", "se"), ("statistic", "zval"), ("p", "pval"), ("ci_lower", "ci_lb"), ("ci_upper", "ci_ub"), ("tau2", "tau2"), ("I2", "I2"), ("H2", "H2"), ("Q", "QE"), ("Q_p", "QEp"), ("exp_estimate", "exp_estimate") })
        {
            NumericAssert.Close(D(r[theirs]), D(json[mine]), rel: 1e-10, abs: 1e-14, what: mine);
        }

        if (method == "DL")
        {
            NumericAssert.Close(D(r["pi_lb"]), D(json["pi_lower"]), rel: 1e-10, what: "pi_lower");
            NumericAssert.Close(D(r["pi_ub"]), D(json["pi_upper"]), rel: 1e-10, what: "pi_upper");
            NumericAssert.Close(D(r["se_tau2"]), D(json["se_tau2"]), rel: 1e-10, what: "se_tau2");
        }
        else
        {
            Assert.Null(json["pi_lower"]);
        }

        var weights = json["studies"]!.AsArray().Select(s => D(s!["weight_percent"])).ToArray();
        NumericAssert.AllClose(r["weights_percent"]!.AsArray().Select(D).ToArray(), weights, rel: 1e-10, what: "weights");
        Assert.Equal("Aronson", (string?)json["studies"]![0]!["study"]);
    }

    [Fact]
    public void Reml_matches_the_tightly_converged_metafor_fit()
    {
        var r = EffectsFixture.Load("bcg_rma_REML");
        var tight = r["tight_convergence"]!;
        var json = Fit("REML");
        foreach (var (mine, theirs) in new[] { ("estimate", "estimate"), ("se", "se"), ("ci_lower", "ci_lb"), ("ci_upper", "ci_ub"), ("tau2", "tau2"), ("se_tau2", "se_tau2"), ("I2", "I2"), ("H2", "H2") })
        {
            NumericAssert.Close(D(tight[theirs]), D(json[mine]), rel: 1e-8, what: mine);
        }

        // Prediction interval by hand from the tight fit: mu ± z·sqrt(tau2 + se²), z = qnorm(0.975).
        const double z = 1.959963984540054;
        var half = z * Math.Sqrt(D(tight["tau2"]) + (D(tight["se"]) * D(tight["se"])));
        NumericAssert.Close(D(tight["estimate"]) - half, D(json["pi_lower"]), rel: 1e-8, what: "pi_lower");
        NumericAssert.Close(D(tight["estimate"]) + half, D(json["pi_upper"]), rel: 1e-8, what: "pi_upper");

        // Q does not depend on tau2 (closed form); weights from metafor's default-threshold fit (tau2 within ~1e-7).
        NumericAssert.Close(D(r["QE"]), D(json["Q"]), rel: 1e-10, what: "Q");
        var weights = json["studies"]!.AsArray().Select(s => D(s!["weight_percent"])).ToArray();
        NumericAssert.AllClose(r["weights_percent"]!.AsArray().Select(D).ToArray(), weights, rel: 1e-6, what: "weights");
        Assert.True((bool)json["converged"]!);
    }

    [Fact]
    public void Precomputed_yi_vi_give_the_same_fit()
    {
        // Study rows with yi = log RR and vi from the escalc formulas (hand-computed for two BCG trials).
        using var dir = new TempDirectory();
        static (double Y, double V) Rr(int a, int b, int c, int d) => (Math.Log((double)a / (a + b) / ((double)c / (c + d))), (1.0 / a) - (1.0 / (a + b)) + (1.0 / c) - (1.0 / (c + d)));
        var s1 = Rr(4, 119, 11, 128);
        var s2 = Rr(6, 300, 29, 274);
        var path = dir.Write("yv.csv", FormattableString.Invariant($"study,yi,vi\nAronson,{s1.Y:R},{s1.V:R}\nFerguson,{s2.Y:R},{s2.V:R}\n"));
        var fe = RunJson("meta", "--input", path, "--yi", "yi", "--vi", "vi", "--method", "FE");
        var w1 = 1 / s1.V;
        var w2 = 1 / s2.V;
        NumericAssert.Close(((w1 * s1.Y) + (w2 * s2.Y)) / (w1 + w2), D(fe["estimate"]), rel: 1e-12);
        NumericAssert.Close(Math.Sqrt(1 / (w1 + w2)), D(fe["se"]), rel: 1e-12);
    }

    [Fact]
    public void Table_output_and_help()
    {
        var (code, output, _) = CliRunner.Run("meta", "--input", Bcg, "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg", "--study", "author");
        Assert.Equal(0, code);
        Assert.Contains("REML model", output, StringComparison.Ordinal);
        Assert.Contains("TPT Madras", output, StringComparison.Ordinal);
        var (hc, help, _) = CliRunner.Run("meta", "--help");
        Assert.Equal(0, hc);
        Assert.Contains("outcomeslab meta --input", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ai tpos --bi tneg --ci cpos --di cneg", "--measure OR, RR or RD")]
    [InlineData("--measure RR --ai tpos --bi tneg --ci cpos", "Missing --di")]
    [InlineData("--measure RR --ai author --bi tneg --ci cpos --di cneg", "column \"author\"")]
    [InlineData("--yi tpos", "Missing --vi")]
    public void Bad_usage_exits_2(string args, string expected)
    {
        var (code, _, err) = CliRunner.Run(["meta", "--input", Bcg, .. args.Split(' ')]);
        Assert.Equal(2, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }
}
