namespace OutcomesLab.Survival;

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
