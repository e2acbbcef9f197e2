using OutcomesLab.Survival;
using OutcomesLab.Testing;
using OutcomesLab.Testing.Properties;
using Xunit;

namespace OutcomesLab.Core.Tests.Properties;

/// <summary>
/// Oracle: the Aalen–Johansen estimator (Aalen &amp; Johansen 1978; cmprsk <c>cuminc</c>, survfit's
/// multi-state fit) partitions probability: at every time the cause-specific cumulative incidences
/// plus the all-cause Kaplan–Meier event-free probability sum to one.
/// </summary>
public sealed class CumulativeIncidenceProperties
{
    [Fact]
    public void Incidences_plus_event_free_survival_sum_to_one()
    {
        PropertySettings.Check(CohortGen.Cohort(maxGroups: 3), cohort =>
        {
            if (cohort.Causes.All(c => c == 0))
            {
                return;
            }

            var fit = CumulativeIncidence.Fit(SurvivalSample.CreateCompeting(cohort.Times, cohort.Causes, cohort.Groups));
            foreach (var free in fit.EventFree)
            {
                Assert.NotEmpty(free.Points);
                foreach (var p in free.Points)
                {
                    var incidence = fit.Causes.Sum(k => fit.Curve(free.Group, k).At(p.Time)?.Estimate ?? 0.0);
                    Assert.InRange(p.Survival, 0.0, 1.0);
                    NumericAssert.Close(1.0, incidence + p.Survival, rel: 1e-12, abs: 1e-12, what: $"sum at t={p.Time} in {free.Group}");
                }
            }
        });
    }
}
