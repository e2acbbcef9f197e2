using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Survival;

/// <summary>
/// Aalen–Johansen cumulative incidence functions per group and cause, the all-cause event-free
/// probability per group, and Gray's test per cause: the combined output of R's
/// <c>cmprsk::cuminc()</c> and multi-state <c>survival::survfit()</c>. The record is the summary table.
/// </summary>
/// <param name="Groups">The group labels that have subjects, in factor-level order (cmprsk drops empty levels); <c>"1"</c> when the sample has no groups (as cuminc labels it).</param>
/// <param name="Causes">The causes present in the whole sample, ascending.</param>
/// <param name="Curves">One curve per cause × group, cause-major as cmprsk orders them (<c>"F 1"</c>, <c>"M 1"</c>, <c>"F 2"</c>, ...).</param>
/// <param name="EventFree">One all-cause Kaplan–Meier curve per group (the entry state <c>(s0)</c> of survfit).</param>
/// <param name="GrayTests">Gray's test per cause when there are two or more groups and <see cref="CumulativeIncidenceOptions.GrayTest"/> is set; empty otherwise.</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Caveats: groups without events of a cause, empty group levels, singular Gray covariance, merged times.</param>
public sealed record CumulativeIncidenceResult(
    ImmutableArray<string> Groups,
    ImmutableArray<int> Causes,
    ImmutableArray<CumulativeIncidenceCurve> Curves,
    ImmutableArray<EventFreeCurve> EventFree,
    ImmutableArray<GrayTestResult> GrayTests,
    CumulativeIncidenceOptions Options,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The curve of <paramref name="cause"/> in <paramref name="group"/>.</summary>
    /// <param name="group">A label of <see cref="Groups"/>.</param>
    /// <param name="cause">A code of <see cref="Causes"/>.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentException">No such group or cause.</exception>
    public CumulativeIncidenceCurve Curve(string group, int cause)
    {
        foreach (var c in Curves)
        {
            if (c.Cause == cause && string.Equals(c.Group, group, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"No curve for group \"{group}\" and cause {cause}. Groups: {string.Join(", ", Groups)}; causes: {string.Join(", ", Causes)}."),
            nameof(group));
    }

    /// <summary>The cumulative incidence curve of <paramref name="cause"/> when the sample has no groups.</summary>
    /// <param name="cause">A code of <see cref="Causes"/>.</param>
    /// <returns>The curve of the only group.</returns>
    public CumulativeIncidenceCurve Curve(int cause) => Curve(Groups[0], cause);
}

/// <summary>
/// The cumulative incidence function F_k(t) = Σ_{t_i ≤ t} Ŝ(t_i−)·d_{k,i}/n_i of one cause in one group
/// (Aalen–Johansen; Ŝ is the all-cause Kaplan–Meier estimate of the group).
/// </summary>
/// <param name="Group">Group label.</param>
/// <param name="Cause">Cause code.</param>
/// <param name="Name">cmprsk's curve name, <c>"&lt;group&gt; &lt;cause&gt;"</c>.</param>
/// <param name="Points">One row per distinct time of the group (event of any cause or censoring), ascending.</param>
/// <param name="Steps">cmprsk's step-function vectors exactly as <c>cuminc()</c> returns them (<c>time</c>, <c>est</c>, <c>var</c>).</param>
public sealed record CumulativeIncidenceCurve(
    string Group,
    int Cause,
    string Name,
    ImmutableArray<CumulativeIncidencePoint> Points,
    CmprskSteps Steps)
{
    /// <summary>The right-continuous value of the curve at <paramref name="time"/> (0 before the first time).</summary>
    /// <param name="time">Any time.</param>
    /// <returns>The last row at or before <paramref name="time"/>, or null when <paramref name="time"/> precedes every row.</returns>
    public CumulativeIncidencePoint? At(double time)
    {
        CumulativeIncidencePoint? last = null;
        foreach (var p in Points)
        {
            if (p.Time > time)
            {
                break;
            }

            last = p;
        }

        return last;
    }
}

/// <summary>One row of a <see cref="CumulativeIncidenceCurve"/>: the value just after <see cref="Time"/>.</summary>
/// <param name="Time">A distinct follow-up time of the group.</param>
/// <param name="NRisk">Subjects of the group with time ≥ <see cref="Time"/> (survfit's <c>n.risk</c> of the entry state).</param>
/// <param name="NEvent">Events of this cause at <see cref="Time"/> (survfit's <c>n.event</c> of the cause's state).</param>
/// <param name="NCompetingEvent">Events of the other causes at <see cref="Time"/>.</param>
/// <param name="NCensor">Censorings at <see cref="Time"/>.</param>
/// <param name="Estimate">F_k(t): cmprsk's <c>est</c>, survfit's <c>pstate</c>.</param>
/// <param name="DeltaVariance">cmprsk's <c>var</c> (delta method with cmprsk's tie factor), carried forward from the last event time of the cause as <c>timepoints()</c> does.</param>
/// <param name="JackknifeStdErr">survfit's infinitesimal-jackknife <c>std.err</c> of <c>pstate</c>, probability scale.</param>
/// <param name="StdErr">The standard error selected by <see cref="CumulativeIncidenceOptions.VarianceMethod"/>.</param>
/// <param name="Lower">Lower confidence limit (null = R's NA, e.g. where the estimate is 0 on the log scale).</param>
/// <param name="Upper">Upper confidence limit (null = R's NA).</param>
public sealed record CumulativeIncidencePoint(
    double Time,
    int NRisk,
    int NEvent,
    int NCompetingEvent,
    int NCensor,
    double Estimate,
    double DeltaVariance,
    double JackknifeStdErr,
    double StdErr,
    double? Lower,
    double? Upper);

/// <summary>
/// cmprsk's step-function representation of a CIF (the <c>time</c>, <c>est</c>, <c>var</c> vectors of a
/// <c>cuminc</c> curve): time 0 first; then every distinct time with an event of the cause twice
/// (value just before, value at the time); last, the group's largest follow-up time with the value carried forward.
/// </summary>
/// <param name="Time">Corner times.</param>
/// <param name="Estimate">CIF values at the corners.</param>
/// <param name="Variance">cmprsk delta-method variances at the corners.</param>
public sealed record CmprskSteps(
    ImmutableArray<double> Time,
    ImmutableArray<double> Estimate,
    ImmutableArray<double> Variance)
{
    /// <summary>
    /// Keeps the last corner of every distinct time: the right-continuous value at 0, at each event
    /// time of the cause and at the largest follow-up time.
    /// </summary>
    /// <returns>A new step record with one entry per distinct time.</returns>
    public CmprskSteps AtTimes()
    {
        var t = ImmutableArray.CreateBuilder<double>();
        var e = ImmutableArray.CreateBuilder<double>();
        var v = ImmutableArray.CreateBuilder<double>();
        for (var i = 0; i < Time.Length; i++)
        {
            if (i + 1 < Time.Length && Time[i + 1] == Time[i])
            {
                continue;
            }

            t.Add(Time[i]);
            e.Add(Estimate[i]);
            v.Add(Variance[i]);
        }

        return new CmprskSteps(t.ToImmutable(), e.ToImmutable(), v.ToImmutable());
    }
}

/// <summary>The all-cause event-free probability (Kaplan–Meier of any event) of one group: survfit's entry state <c>(s0)</c>.</summary>
/// <param name="Group">Group label.</param>
/// <param name="Points">One row per distinct time of the group.</param>
public sealed record EventFreeCurve(string Group, ImmutableArray<EventFreePoint> Points);

/// <summary>One row of an <see cref="EventFreeCurve"/>.</summary>
/// <param name="Time">A distinct follow-up time of the group.</param>
/// <param name="NRisk">Subjects with time ≥ <see cref="Time"/>.</param>
/// <param name="NEvent">Events of any cause at <see cref="Time"/>.</param>
/// <param name="NCensor">Censorings at <see cref="Time"/>.</param>
/// <param name="Survival">Ŝ(t), all-cause Kaplan–Meier (survfit <c>pstate</c> of <c>(s0)</c>).</param>
/// <param name="JackknifeStdErr">survfit's infinitesimal-jackknife <c>std.err</c> of Ŝ on the probability scale (equals Greenwood's SE × Ŝ without weights).</param>
/// <param name="Lower">Lower limit with the options' transform (null = NA).</param>
/// <param name="Upper">Upper limit with the options' transform (null = NA).</param>
public sealed record EventFreePoint(
    double Time,
    int NRisk,
    int NEvent,
    int NCensor,
    double Survival,
    double JackknifeStdErr,
    double? Lower,
    double? Upper);
