using System.Collections.Immutable;

namespace OutcomesLab.Survival.Cox;

/// <summary>
/// Predicted cumulative hazard and survival of a Cox model for one covariate vector and stratum at
/// every distinct stop time (event and censoring times), as R <c>survfit.coxph</c> with its defaults:
/// Breslow hazard for Breslow fits, Efron's for Efron fits; <c>stype = 2</c>, S = exp(-H)
/// (Therneau &amp; Grambsch 2000, section 10.2).
/// </summary>
/// <param name="Stratum">Stratum label, or null without strata.</param>
/// <param name="Time">Distinct stop times of the stratum (R <c>time</c>).</param>
/// <param name="NRisk">Weighted number at risk (R <c>n.risk</c>; for (start, stop] data the rows with start &lt; t &lt;= stop).</param>
/// <param name="NEvent">Weighted number of events (R <c>n.event</c>).</param>
/// <param name="NCensor">Weighted number censored (R <c>n.censor</c>).</param>
/// <param name="CumulativeHazard">H(t | x).</param>
/// <param name="Survival">S(t | x) = exp(-H).</param>
/// <param name="StdErr">Standard error of H (R <c>std.err</c>), including the variance of beta-hat.</param>
/// <param name="Lower">Lower limit (R <c>lower</c>); null where R gives NA (e.g. log-log where S is 1).</param>
/// <param name="Upper">Upper limit (R <c>upper</c>); null where R gives NA.</param>
/// <param name="CiTransform">The interval transform used (R <c>conf.type</c>).</param>
public sealed record CoxSurvivalCurve(string? Stratum, ImmutableArray<double> Time, ImmutableArray<double> NRisk, ImmutableArray<double> NEvent, ImmutableArray<double> NCensor,
    ImmutableArray<double> CumulativeHazard, ImmutableArray<double> Survival, ImmutableArray<double> StdErr, ImmutableArray<double?> Lower, ImmutableArray<double?> Upper,
    CiTransform CiTransform);
