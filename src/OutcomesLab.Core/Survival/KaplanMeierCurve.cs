using System.Collections.Immutable;

namespace OutcomesLab.Survival;

/// <summary>One Kaplan–Meier curve with its summaries.</summary>
/// <param name="Group">The curve label: the group level (R's stratum label without the <c>"x="</c> prefix), <c>"group, stratum"</c> with strata (R <c>x=a, strata(z)=b</c>), the stratum level with strata only, or <c>"all"</c>.</param>
/// <param name="N">Number of subjects (R <c>fit$n</c>, unweighted).</param>
/// <param name="Events">Total (weighted) number of events (R <c>summary(fit)$table[, "events"]</c>).</param>
/// <param name="Table">One row per distinct time, events or censorings (R <c>survfit</c> components).</param>
/// <param name="Quantiles">Survival quantiles with CIs (R <c>quantile(fit, probs)</c>).</param>
/// <param name="Median">The median with CI (R <c>summary(fit)$table</c> <c>median</c>, <c>0.95LCL</c>, <c>0.95UCL</c>).</param>
/// <param name="Landmarks">Estimates at the landmark times (R <c>summary(fit, times=)</c>).</param>
/// <param name="Rmst">Restricted mean survival time (R <c>summary(fit, rmean = tau)$table</c>).</param>
public sealed record KaplanMeierCurve(
    string Group,
    int N,
    double Events,
    ImmutableArray<KaplanMeierRow> Table,
    ImmutableArray<SurvivalQuantile> Quantiles,
    SurvivalQuantile Median,
    ImmutableArray<LandmarkEstimate> Landmarks,
    RestrictedMean Rmst)
{
    /// <summary>Ŝ at <paramref name="time"/> (right-continuous step function; 1 before the first time).</summary>
    /// <param name="time">The time.</param>
    /// <returns>The estimate.</returns>
    public double SurvivalAt(double time)
    {
        var s = 1.0;
        foreach (var r in Table)
        {
            if (r.Time > time)
            {
                break;
            }

            s = r.Surv;
        }

        return s;
    }
}
