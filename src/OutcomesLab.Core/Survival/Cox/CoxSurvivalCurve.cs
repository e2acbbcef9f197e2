using System.Collections.Immutable;

namespace OutcomesLab.Survival.Cox;

/// <summary>
/// Predicted cumulative hazard and survival of a Cox model for one covariate vector and stratum at
/// the event times (R <c>survfit.coxph</c> with its defaults: Breslow hazard for Breslow fits,
/// Efron's for Efron fits; <c>stype = 2</c>, S = exp(-H); log confidence intervals).
/// </summary>
/// <param name="Stratum">Stratum label, or null without strata.</param>
/// <param name="Time">Event times of the stratum.</param>
/// <param name="NRisk">Weighted number at risk.</param>
/// <param name="NEvent">Weighted number of events.</param>
/// <param name="CumulativeHazard">H(t | x).</param>
/// <param name="Survival">S(t | x) = exp(-H).</param>
/// <param name="StdErr">Standard error of H (R <c>std.err</c>), including the variance of beta-hat.</param>
/// <param name="Lower">Lower limit S exp(-z se).</param>
/// <param name="Upper">Upper limit min(1, S exp(z se)).</param>
public sealed record CoxSurvivalCurve(string? Stratum, ImmutableArray<double> Time, ImmutableArray<double> NRisk, ImmutableArray<double> NEvent,
    ImmutableArray<double> CumulativeHazard, ImmutableArray<double> Survival, ImmutableArray<double> StdErr, ImmutableArray<double> Lower, ImmutableArray<double> Upper);
