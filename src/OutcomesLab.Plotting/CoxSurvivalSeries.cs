using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Plotting;

/// <summary>One predicted survival curve of a Cox model to draw: its legend label and the curve (one profile in one stratum).</summary>
/// <param name="Label">Legend label, e.g. the covariate profile <c>arm=buprenorphine, age=40</c>.</param>
/// <param name="Curve">The curve from <see cref="CoxPredictions.PredictSurvival"/> (R <c>survfit(fit, newdata)</c>).</param>
public sealed record CoxSurvivalSeries(string Label, CoxSurvivalCurve Curve);
