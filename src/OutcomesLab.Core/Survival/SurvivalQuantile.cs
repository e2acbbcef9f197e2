namespace OutcomesLab.Survival;

/// <summary>A survival quantile: the time by which a fraction <see cref="Probability"/> has had the event (R <c>quantile.survfit</c>).</summary>
/// <param name="Probability">The probability p (0.5 = median).</param>
/// <param name="Time">The quantile; null when the curve never reaches 1 − p (not reached).</param>
/// <param name="Lower">Lower CI limit, from the lower survival band; null when not reached.</param>
/// <param name="Upper">Upper CI limit, from the upper survival band; null when not reached.</param>
public sealed record SurvivalQuantile(double Probability, double? Time, double? Lower, double? Upper);
