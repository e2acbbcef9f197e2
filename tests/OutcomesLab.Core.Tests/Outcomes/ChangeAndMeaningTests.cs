using OutcomesLab.Outcomes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>Change, MID responders, reliable change, norms and QALYs: hand derivations and R (lm, t.test) references.</summary>
public sealed class ChangeAndMeaningTests
{
    [Fact]
    public void Change_and_responders_with_the_tabulated_mid()
    {
        var change = ChangeScores.FromBaseline([0.5, 0.6, null, 0.8], [0.6, 0.61, 0.7, 0.7]);
        NumericAssert.AllClose([0.1, 0.01, null, -0.1], [.. change], rel: 1e-12, abs: 1e-15);
        var mid = MinimalImportantDifferences.Find("EQ5D-5L", "england");
        Assert.Equal(0.037, mid.Lower);
        Assert.Contains("McClure", mid.Citation, StringComparison.Ordinal);
        Assert.Equal([true, false, null, false], ChangeScores.Responders(change, mid));
        Assert.Equal([false, false, null, true], ChangeScores.Responders(change, 0.05, higherIsBetter: false));
        var ex = Assert.Throws<ArgumentException>(() => MinimalImportantDifferences.Find("sf12v1", null));
        Assert.Contains("eq5d-5l England", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reliable_change_index_by_hand()
    {
        // SD 5, r 0.8: SE = 5·√0.2 = 2.2360680; S_diff = √2·SE = √10 = 3.1622777; change 10 → RCI = 10/√10 = √10
        var jt = ReliableChange.Classify(10, 20, 5, 0.8, cutoff: 18);
        NumericAssert.Close(Math.Sqrt(10), jt.StandardErrorOfDifference, rel: 1e-14);
        NumericAssert.Close(Math.Sqrt(10), jt.Index, rel: 1e-14);
        Assert.Equal(ReliableChangeCategory.Recovered, jt.Category);
        Assert.Equal(ReliableChangeCategory.Improved, ReliableChange.Classify(10, 20, 5, 0.8, cutoff: 25).Category);
        // Maassen: S_diff = √((25 + 49)·0.2) = √14.8; RCI = 10/√14.8 = 2.5993762
        var m = ReliableChange.Classify(10, 20, 5, 0.8, ReliableChangeMethod.Maassen, sdFollowUp: 7);
        NumericAssert.Close(10 / Math.Sqrt(14.8), m.Index, rel: 1e-14);
        Assert.Equal(ReliableChangeCategory.Unchanged, ReliableChange.Classify(10, 14, 5, 0.8).Category); // 4/√10 = 1.26
        Assert.Equal(ReliableChangeCategory.Deteriorated, ReliableChange.Classify(20, 10, 5, 0.8).Category);
        Assert.Equal(ReliableChangeCategory.Improved, ReliableChange.Classify(20, 10, 5, 0.8, higherIsBetter: false).Category);
        Assert.Throws<ArgumentException>(() => ReliableChange.Classify(10, 20, 5, 0.8, ReliableChangeMethod.Maassen));
    }

    [Fact]
    public void Norm_comparison_matches_R_t_test()
    {
        // R: ex <- 0.9508566 + 0.0212126*male - 0.0002587*age - 0.0000332*age^2; t.test(obs - ex)
        var r = PopulationNorms.CompareUkEq5d3l([0.70, 0.85, 0.62, 0.91, 0.55], [25, 40, 33, 52, 61], [true, false, true, true, false]);
        NumericAssert.Close(-0.16200006, r.MeanDifference, rel: 1e-12);
        NumericAssert.Close(-0.3530582987703247, r.Lower, rel: 1e-10);
        NumericAssert.Close(0.0290581787703246, r.Upper, rel: 1e-10);
        // age 40 woman by hand: 0.9508566 - 0.010348 - 0.05312 = 0.8873886
        NumericAssert.Close(0.8873886, r.Expected[1], rel: 1e-13);
    }

    [Fact]
    public void Qaly_area_under_curve_by_hand()
    {
        // (0.25 × (0.5 + 0.7)/2) + (0.25 × (0.7 + 0.8)/2) + (0.5 × (0.8 + 0.8)/2) = 0.15 + 0.1875 + 0.4 = 0.7375
        NumericAssert.Close(0.7375, Qaly.AreaUnderCurve([0, 0.25, 0.5, 1.0], [0.5, 0.7, 0.8, 0.8]), rel: 1e-14);
        Assert.Throws<ArgumentException>(() => Qaly.AreaUnderCurve([0, 0.5, 0.5], [1, 1, 1]));
    }

    [Fact]
    public void Baseline_adjusted_qaly_difference_matches_R_lm()
    {
        // R: lm(q ~ arm + u0); summary(...)$coefficients["arm", ]; confint(...)["arm", ]
        double[] q = [0.61, 0.72, 0.55, 0.80, 0.66, 0.59, 0.77, 0.70];
        double[] u0 = [0.60, 0.75, 0.50, 0.82, 0.58, 0.62, 0.71, 0.69];
        bool[] arm = [true, true, true, true, false, false, false, false];
        var r = Qaly.AdjustedDifference(q, u0, arm);
        NumericAssert.Close(-0.023871733966746, r.AdjustedDifference, rel: 1e-10);
        NumericAssert.Close(0.0285927413905459, r.StandardError, rel: 1e-10);
        NumericAssert.Close(0.792670512385477, r.BaselineCoefficient, rel: 1e-10);
        NumericAssert.Close(-0.0973717156163298, r.Lower, rel: 1e-9);
        NumericAssert.Close(0.0496282476828378, r.Upper, rel: 1e-9);
        NumericAssert.Close(-0.01, r.UnadjustedDifference, rel: 1e-12); // means 2.68/4 = 0.67 and 2.72/4 = 0.68
    }
}
