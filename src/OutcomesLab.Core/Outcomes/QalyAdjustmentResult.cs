namespace OutcomesLab.Outcomes;

/// <summary>Baseline-adjusted difference in QALYs between two arms (ordinary least squares).</summary>
/// <param name="UnadjustedDifference">Mean QALY of the treated arm minus the control arm.</param>
/// <param name="AdjustedDifference">Coefficient of the arm indicator in QALY ~ arm + baseline utility.</param>
/// <param name="StandardError">Its OLS standard error.</param>
/// <param name="Lower">Lower t-based confidence limit (n − 3 df).</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="BaselineCoefficient">Coefficient of baseline utility.</param>
/// <param name="N">Number of persons.</param>
public sealed record QalyAdjustmentResult(double UnadjustedDifference, double AdjustedDifference, double StandardError, double Lower, double Upper, double BaselineCoefficient, int N);
