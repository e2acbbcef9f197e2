using System.Text.Json.Nodes;
using OutcomesLab.EffectSizes;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.ReferenceFixtures;

namespace OutcomesLab.Core.Tests.EffectSizes;

/// <summary>
/// Oracle: R 4.2.2, effectsize 0.8.3 (Fixtures/reference/effects/*_smd.json, *_paired.json).
/// Estimates to 1e-10 relative; noncentral-t intervals to 1e-8 against <c>ci_exact</c> (uniroot, tol 1e-14).
/// </summary>
public sealed class SmdReferenceTests
{
    public static TheoryData<string> IndependentFiles => new() { "qol_week24_by_arm_smd", "qol_change_by_arm_smd", "small_vectors_smd" };

    internal static (double[] X, double[] Y) Vectors(string file, JsonNode fx)
    {
        if (fx["x_values"] is { } xv)
        {
            return (Doubles(xv), Doubles(fx["y_values"]));
        }

        var d = Csv("data/qol_synthetic.csv");
        var column = file.Contains("change", StringComparison.Ordinal) ? "change" : "week24";
        double[] Pick(string arm) => d["arm"].Select((a, i) => (a, v: d[column][i])).Where(p => p.a == arm && p.v.Length > 0)
            .Select(p => double.Parse(p.v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return (Pick("buprenorphine"), Pick("methadone"));
    }

    [Theory]
    [MemberData(nameof(IndependentFiles))]
    public void Independent_smd_match_effectsize(string file)
    {
        var fx = Load($"effects/{file}.json");
        var (x, y) = Vectors(file, fx);
        var desc = fx["descriptives"]!;
        var gx = GroupSummary.FromValues(x);
        var gy = GroupSummary.FromValues(y);
        NumericAssert.Close(Num(desc["mean1"]), gx.Mean, what: "mean1");
        NumericAssert.Close(Num(desc["sd2"]), gy.StandardDeviation, what: "sd2");

        Check(fx["cohens_d"]!, StandardizedMeanDifference.CohensD(x, y), "d");
        Check(fx["hedges_g"]!, StandardizedMeanDifference.HedgesG(x, y), "g");
        Check(fx["glass_delta"]!, StandardizedMeanDifference.GlassDelta(x, y), "glass");
        NumericAssert.Close(Num(fx["hedges_g"]!["J"]), StandardizedMeanDifference.HedgesCorrection(x.Length + y.Length - 2), what: "J");

        // Unpooled d: no ci_exact in the fixture; effectsize's optim interval is off by up to 1.6e-6 here
        // (the exact uniroot interval is checked in EffectSizeHandTests.Unpooled_d_exact_interval).
        var du = StandardizedMeanDifference.Compute(EffectMeasure.CohensDUnpooled, x, y);
        var u = fx["cohens_d_unpooled"]!;
        NumericAssert.Close(Num(u["estimate"]), du.Estimate, what: "unpooled d");
        NumericAssert.Close(Num(u["ci_low"]), du.Lower, rel: 0, abs: 2e-6, what: "unpooled lower (optim)");
        NumericAssert.Close(Num(u["ci_high"]), du.Upper, rel: 0, abs: 2e-6, what: "unpooled upper (optim)");
    }

    private static void Check(JsonNode node, EffectSizeResult r, string what)
    {
        NumericAssert.Close(Num(node["estimate"]), r.Estimate, what: what + " estimate");
        var exact = Nums(node["ci_exact"]);
        NumericAssert.Close(exact[0], r.Lower, rel: 1e-8, abs: 1e-12, what: what + " lower (ci_exact)");
        NumericAssert.Close(exact[1], r.Upper, rel: 1e-8, abs: 1e-12, what: what + " upper (ci_exact)");

        // and effectsize's own optim-based limits, to its accuracy
        NumericAssert.Close(Num(node["ci_low"]), r.Lower, rel: 0, abs: 1e-6, what: what + " lower (optim)");
        NumericAssert.Close(Num(node["ci_high"]), r.Upper, rel: 0, abs: 1e-6, what: what + " upper (optim)");
    }

    public static TheoryData<string, string> PairedCases => new()
    {
        { "small_vectors_paired", string.Empty },
        { "qol_paired_week24_vs_baseline", "all" },
        { "qol_paired_week24_vs_baseline", "buprenorphine" },
        { "qol_paired_week24_vs_baseline", "methadone" },
    };

    internal static (double[] X, double[] Y, JsonNode Node) PairedVectors(string file, string subset)
    {
        var fx = Load($"effects/{file}.json");
        if (subset.Length == 0)
        {
            return (Doubles(fx["x_values"]), Doubles(fx["y_values"]), fx);
        }

        var d = Csv("data/qol_synthetic.csv");
        var rows = Enumerable.Range(0, d["arm"].Length).Where(i => d["week24"][i].Length > 0 && (subset == "all" || d["arm"][i] == subset)).ToArray();
        return (rows.Select(i => ToDoubles([d["week24"][i]])[0]).ToArray(), rows.Select(i => ToDoubles([d["baseline"][i]])[0]).ToArray(), fx["by_subset"]![subset]!);
    }

    [Theory]
    [MemberData(nameof(PairedCases))]
    public void Paired_smd_match_effectsize(string file, string subset)
    {
        var (x, y, node) = PairedVectors(file, subset);
        NumericAssert.Close(Num(node["descriptives"]!["n_pairs"]), x.Length, what: "n");
        Check(node["cohens_d_paired"]!, PairedStandardizedMeanDifference.Compute(EffectMeasure.PairedDz, x, y), "dz");
        Check(node["hedges_g_paired"]!, PairedStandardizedMeanDifference.Compute(EffectMeasure.PairedHedgesG, x, y), "g paired");
    }
}
