using CsCheck;
using OutcomesLab.Survival;
using OutcomesLab.Testing;
using OutcomesLab.Testing.Properties;
using Xunit;

namespace OutcomesLab.Core.Tests.Properties;

/// <summary>
/// Oracle: the product-limit and Nelson–Aalen definitions recomputed naively in the test
/// (Kaplan &amp; Meier 1958; R <c>survfit</c> with weights: d and n are sums of case weights),
/// and the invariance of both under a change of time unit.
/// </summary>
public sealed class KaplanMeierProperties
{
    [Fact]
    public void Survival_is_a_non_increasing_probability_equal_to_the_naive_product_limit()
    {
        PropertySettings.Check(CohortGen.Cohort().Select(Gen.Bool), t =>
        {
            var (cohort, weighted) = t;
            var sample = SurvivalSample.Create(cohort.Times, cohort.Events, cohort.Groups, weights: weighted ? cohort.Weights : null);
            var fit = KaplanMeier.Fit(sample);
            foreach (var curve in fit.Curves)
            {
                var members = Enumerable.Range(0, cohort.Count).Where(i => cohort.Groups[i] == curve.Group).ToArray();
                var previous = 1.0;
                var previousHazard = 0.0;
                foreach (var row in curve.Table)
                {
                    Assert.InRange(row.Surv, 0.0, 1.0);
                    Assert.True(row.Surv <= previous, $"S rose from {previous} to {row.Surv} at t={row.Time} in {curve.Group}");
                    Assert.True(row.CumHaz >= previousHazard, $"Nelson–Aalen fell from {previousHazard} to {row.CumHaz} at t={row.Time}");
                    previous = row.Surv;
                    previousHazard = row.CumHaz;

                    var (s, h) = Naive(cohort, members, weighted, row.Time);
                    NumericAssert.Close(s, row.Surv, rel: 1e-12, abs: 1e-15, what: $"S({row.Time}) in {curve.Group}");
                    NumericAssert.Close(h, row.CumHaz, rel: 1e-12, abs: 1e-15, what: $"H({row.Time}) in {curve.Group}");
                }

                Assert.True(previousHazard >= 0);
            }
        });
    }

    [Fact]
    public void Scaling_time_by_a_positive_constant_scales_the_curve_and_nothing_else()
    {
        PropertySettings.Check(CohortGen.Cohort().Select(Gen.OneOf(0.001, 0.25, 3.0, 365.25)), t =>
        {
            var (cohort, c) = t;
            var fit = KaplanMeier.Fit(SurvivalSample.Create(cohort.Times, cohort.Events, cohort.Groups));
            var scaled = KaplanMeier.Fit(SurvivalSample.Create([.. cohort.Times.Select(x => x * c)], cohort.Events, cohort.Groups));
            Assert.Equal(fit.Curves.Length, scaled.Curves.Length);
            for (var g = 0; g < fit.Curves.Length; g++)
            {
                var a = fit.Curves[g].Table;
                var b = scaled.Curves[g].Table;
                Assert.Equal(a.Length, b.Length);
                for (var i = 0; i < a.Length; i++)
                {
                    NumericAssert.Close(a[i].Time * c, b[i].Time, rel: 1e-14, what: "scaled time");
                    NumericAssert.Close(a[i].Surv, b[i].Surv, rel: 1e-14, what: $"S at scaled time {b[i].Time}");
                    NumericAssert.Close(a[i].CumHaz, b[i].CumHaz, rel: 1e-14, what: $"H at scaled time {b[i].Time}");
                }
            }
        });
    }

    private static (double Surv, double CumHaz) Naive(PropertyCohort cohort, int[] members, bool weighted, double upTo)
    {
        double w(int i) => weighted ? cohort.Weights[i] : 1.0;
        var s = 1.0;
        var h = 0.0;
        foreach (var u in members.Select(i => cohort.Times[i]).Distinct().Order().Where(u => u <= upTo))
        {
            var atRisk = members.Where(i => cohort.Times[i] >= u).Sum(w);
            var deaths = members.Where(i => cohort.Times[i] == u && cohort.Events[i]).Sum(w);
            s *= 1 - (deaths / atRisk);
            h += deaths / atRisk;
        }

        return (s, h);
    }
}
