using System.Collections.Immutable;

namespace OutcomesLab.Survival;

/// <summary>Kaplan–Meier curves, one per group (R <c>survfit(Surv(time, status) ~ group)</c>).</summary>
/// <param name="Curves">One curve per non-empty group level, in level order; a single curve labelled <c>"all"</c> without groups.</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Caveats: merged times, groups without events, medians not reached, empty group levels.</param>
public sealed record KaplanMeierResult(
    ImmutableArray<KaplanMeierCurve> Curves,
    KaplanMeierOptions Options,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The curve of group <paramref name="group"/>.</summary>
    /// <param name="group">The group label.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="KeyNotFoundException">No curve has that label.</exception>
    public KaplanMeierCurve this[string group]
    {
        get
        {
            foreach (var c in Curves)
            {
                if (string.Equals(c.Group, group, StringComparison.Ordinal))
                {
                    return c;
                }
            }

            throw new KeyNotFoundException($"No Kaplan–Meier curve for group \"{group}\"; the groups are {string.Join(", ", Curves.Select(c => c.Group))}.");
        }
    }

    /// <summary>
    /// Compares restricted mean survival times of two curves at their common tau, as survRM2's
    /// <c>rmst2</c> (arm 1 = <paramref name="group"/>, arm 0 = <paramref name="reference"/>).
    /// </summary>
    /// <param name="group">The compared group.</param>
    /// <param name="reference">The reference group.</param>
    /// <returns>Difference and ratio with confidence intervals and two-sided p-values.</returns>
    public RmstComparison CompareRmst(string group, string reference)
        => RmstComparison.Compute(this[group], this[reference], Options.ConfidenceLevel);
}

/// <summary>One Kaplan–Meier curve with its summaries.</summary>
/// <param name="Group">The group label (R's stratum label without the <c>"x="</c> prefix), or <c>"all"</c>.</param>
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

/// <summary>One row of a Kaplan–Meier table (R <c>survfit</c> components at one distinct time).</summary>
/// <param name="Time">The distinct time (R <c>time</c>).</param>
/// <param name="NRisk">Number (weighted) at risk just before <paramref name="Time"/>; censorings at the time are still at risk (R <c>n.risk</c>).</param>
/// <param name="NEvent">Weighted events at the time (R <c>n.event</c>).</param>
/// <param name="NCensor">Weighted censorings at the time (R <c>n.censor</c>).</param>
/// <param name="Surv">Product-limit estimate Ŝ(t) (R <c>surv</c>).</param>
/// <param name="StdErr">R <c>std.err</c>: Greenwood SE of log Ŝ (not of Ŝ); +Infinity once Ŝ = 0.</param>
/// <param name="Lower">Lower pointwise CI limit (R <c>lower</c>); null where R gives NA.</param>
/// <param name="Upper">Upper pointwise CI limit (R <c>upper</c>); null where R gives NA.</param>
/// <param name="CumHaz">Nelson–Aalen cumulative hazard Σ d/n (R <c>cumhaz</c>, <c>ctype = 1</c>).</param>
/// <param name="StdCumHaz">SE of the Nelson–Aalen estimate, sqrt(Σ d/n²) (R <c>std.chaz</c>).</param>
public sealed record KaplanMeierRow(
    double Time,
    double NRisk,
    double NEvent,
    double NCensor,
    double Surv,
    double StdErr,
    double? Lower,
    double? Upper,
    double CumHaz,
    double StdCumHaz)
{
    /// <summary>SE of Ŝ itself, <c>std.err × surv</c> (what <c>summary.survfit</c> prints); NaN where Ŝ = 0.</summary>
    public double SeSurv => StdErr * Surv;
}

/// <summary>A survival quantile: the time by which a fraction <see cref="Probability"/> has had the event (R <c>quantile.survfit</c>).</summary>
/// <param name="Probability">The probability p (0.5 = median).</param>
/// <param name="Time">The quantile; null when the curve never reaches 1 − p (not reached).</param>
/// <param name="Lower">Lower CI limit, from the lower survival band; null when not reached.</param>
/// <param name="Upper">Upper CI limit, from the upper survival band; null when not reached.</param>
public sealed record SurvivalQuantile(double Probability, double? Time, double? Lower, double? Upper);

/// <summary>The curve at a landmark time (R <c>summary(fit, times = )</c>).</summary>
/// <param name="Time">The landmark.</param>
/// <param name="NRisk">Number at risk at the landmark.</param>
/// <param name="NEvent">Events in (previous landmark, landmark]; in [0, landmark] for the first.</param>
/// <param name="NCensor">Censorings in the same interval.</param>
/// <param name="Surv">Ŝ at the last time ≤ landmark (1 before the first time).</param>
/// <param name="SeSurv">SE of Ŝ.</param>
/// <param name="Lower">Lower CI limit; null where R gives NA.</param>
/// <param name="Upper">Upper CI limit; null where R gives NA.</param>
public sealed record LandmarkEstimate(double Time, double NRisk, double NEvent, double NCensor, double Surv, double SeSurv, double? Lower, double? Upper);

/// <summary>Restricted mean survival time ∫₀^τ Ŝ(u) du (R <c>summary(fit, rmean = tau)$table</c>: <c>rmean</c>, <c>se(rmean)</c>).</summary>
/// <param name="Tau">The truncation time τ.</param>
/// <param name="Estimate">RMST.</param>
/// <param name="StandardError">sqrt(Σ_{t_i ≤ τ} A_i² d_i/(n_i(n_i − d_i))), A_i = ∫_{t_i}^τ Ŝ; terms with n_i = d_i count 0; no n/(n−1) correction.</param>
/// <param name="Lower">Estimate − z·SE (survRM2 <c>rmst2</c> per-arm CI).</param>
/// <param name="Upper">Estimate + z·SE.</param>
public sealed record RestrictedMean(double Tau, double Estimate, double StandardError, double Lower, double Upper);
