namespace OutcomesLab.Survival;

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
