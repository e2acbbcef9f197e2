namespace OutcomesLab.Survival;

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
