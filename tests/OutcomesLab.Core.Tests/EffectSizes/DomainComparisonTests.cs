using OutcomesLab.EffectSizes;
using OutcomesLab.Inference;
using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.EffectSizes;

/// <summary>The domain comparison on an 8-subject cohort whose effects can be checked by hand.</summary>
public sealed class DomainComparisonTests
{
    private static readonly string[] Arms = ["bup", "bup", "bup", "bup", "met", "met", "met", "met", "other"];

    private static readonly OutcomeSpecification[] Outcomes =
    [
        new("QoL score", OutcomeDomain.QualityOfLife, OutcomeType.Continuous, OutcomeDirection.HigherIsBetter, [60, 70, 80, 90, 50, 60, 70, 80, 99]),
        new("Opioid-positive UDS", OutcomeDomain.OpioidUse, OutcomeType.Binary, OutcomeDirection.LowerIsBetter, [1, 0, 0, 0, 1, 1, 1, 0, double.NaN]),
        new("Dropout", OutcomeDomain.Retention, OutcomeType.TimeToEvent, OutcomeDirection.LowerIsBetter, [10, 20, 30, 40, 5, 8, 12, 25, 1], [false, false, true, false, true, true, true, false, true]),
    ];

    [Fact]
    public void Effects_are_oriented_so_that_positive_favours_treatment()
    {
        var r = DomainComparison.Compare(Arms, "bup", "met", Outcomes);
        Assert.Equal(3, r.Outcomes.Length);

        // Continuous: means 75 vs 65, both SD = sqrt(166.67) → d = 10/12.909944 = 0.774597; g = d·J(6)
        var qol = r.Outcomes[0];
        Assert.Equal(4, qol.NTreatment);
        Assert.Equal(4, qol.NControl);
        NumericAssert.Close(10, qol.NaturalEffects[0].Estimate, rel: 1e-14);
        var g = 10 / Math.Sqrt(500.0 / 3) * StandardizedMeanDifference.HedgesCorrection(6);
        NumericAssert.Close(g, qol.FavoursTreatment, rel: 1e-13);
        NumericAssert.Close(TTest.Welch([60, 70, 80, 90], [50, 60, 70, 80]).PValue, qol.PValue, rel: 1e-14);

        // Binary (lower is better): 1/4 vs 3/4 → RD = −0.5, OR = 1/9, d = log(1/9)·√3/π < 0, favours = +1.2113...
        var uds = r.Outcomes[1];
        NumericAssert.Close(-0.5, uds.NaturalEffects[0].Estimate, rel: 1e-14);
        NumericAssert.Close(1.0 / 9, uds.NaturalEffects[2].Estimate, rel: 1e-14);
        NumericAssert.Close(-Math.Log(1.0 / 9) * Math.Sqrt(3) / Math.PI, uds.FavoursTreatment, rel: 1e-14);
        Assert.True(uds.FavoursTreatmentLower < uds.FavoursTreatment && uds.FavoursTreatment < uds.FavoursTreatmentUpper);
        NumericAssert.Close(FisherExactTest.Compute(new TwoByTwoTable(1, 3, 3, 1)).PValue, uds.PValue, rel: 1e-14);

        // Time to event (lower hazard is better): Peto HR = exp((O − E)/V) from the log-rank test
        var drop = r.Outcomes[2];
        var lr = LogRankTest.Compute(SurvivalSample.Create(
            [10.0, 20, 30, 40, 5, 8, 12, 25], [false, false, true, false, true, true, true, false], ["bup", "bup", "bup", "bup", "met", "met", "met", "met"]));
        var ti = lr.Groups.IndexOf("bup");
        var hr = Math.Exp(lr.ObservedMinusExpected[ti] / lr.Variance[ti][ti]);
        Assert.True(hr < 1);
        NumericAssert.Close(hr, drop.NaturalEffects[0].Estimate, rel: 1e-13);
        NumericAssert.Close(-Math.Log(hr) * Math.Sqrt(3) / Math.PI, drop.FavoursTreatment, rel: 1e-13);
        NumericAssert.Close(lr.PValue, drop.PValue, rel: 1e-14);
        Assert.Equal(EffectMeasure.RmstDifference, drop.NaturalEffects[1].Measure);
        Assert.True(drop.NaturalEffects[1].Estimate > 0);

        // Holm across the three outcomes
        var adj = PValueAdjustment.Adjust(r.Outcomes.Select(o => o.PValue).ToArray(), PAdjustMethod.Holm);
        NumericAssert.AllClose(adj, r.Outcomes.Select(o => o.AdjustedPValue).ToArray(), rel: 1e-15);
    }

    [Fact]
    public void Swapping_arms_negates_the_oriented_effects()
    {
        var a = DomainComparison.Compare(Arms, "bup", "met", Outcomes);
        var b = DomainComparison.Compare(Arms, "met", "bup", Outcomes);
        for (var i = 0; i < a.Outcomes.Length; i++)
        {
            NumericAssert.Close(-a.Outcomes[i].FavoursTreatment, b.Outcomes[i].FavoursTreatment, rel: 1e-12, what: a.Outcomes[i].Name);
            NumericAssert.Close(-a.Outcomes[i].FavoursTreatmentUpper, b.Outcomes[i].FavoursTreatmentLower, rel: 1e-8, what: a.Outcomes[i].Name + " limits");
            NumericAssert.Close(a.Outcomes[i].PValue, b.Outcomes[i].PValue, rel: 1e-12, what: a.Outcomes[i].Name + " p");
        }
    }

    [Fact]
    public void Bad_input_is_rejected_with_the_outcome_named()
    {
        var bad = new OutcomeSpecification("UDS", OutcomeDomain.OpioidUse, OutcomeType.Binary, OutcomeDirection.LowerIsBetter, [1, 0, 2, 0, 1, 1, 1, 0, 0]);
        var ex = Assert.Throws<ArgumentException>(() => DomainComparison.Compare(Arms, "bup", "met", [bad]));
        Assert.Contains("UDS", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DomainComparison.Compare(Arms, "bup", "nope", Outcomes));
    }
}
