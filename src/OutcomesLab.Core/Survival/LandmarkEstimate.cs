namespace OutcomesLab.Survival;

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
