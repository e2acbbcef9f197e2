using MathNet.Numerics.Distributions;

namespace OutcomesLab.Survival;

/// <summary>
/// Between-group comparison of restricted mean survival times, as survRM2's <c>rmst2</c>
/// ("RMST (arm=1)-(arm=0)" and "RMST (arm=1)/(arm=0)").
/// </summary>
/// <param name="Group">Arm 1.</param>
/// <param name="Reference">Arm 0.</param>
/// <param name="Tau">The common truncation time.</param>
/// <param name="Difference">RMST₁ − RMST₀.</param>
/// <param name="DifferenceSe">sqrt(v₁ + v₀).</param>
/// <param name="DifferenceLower">Difference − z·SE.</param>
/// <param name="DifferenceUpper">Difference + z·SE.</param>
/// <param name="DifferenceP">Two-sided Wald p-value 2Φ(−|diff/SE|).</param>
/// <param name="Ratio">RMST₁ / RMST₀.</param>
/// <param name="LogRatioSe">Delta-method SE of log ratio: sqrt(v₁/RMST₁² + v₀/RMST₀²).</param>
/// <param name="RatioLower">exp(log ratio − z·SE).</param>
/// <param name="RatioUpper">exp(log ratio + z·SE).</param>
/// <param name="RatioP">Two-sided Wald p-value on the log scale.</param>
public sealed record RmstComparison(
    string Group,
    string Reference,
    double Tau,
    double Difference,
    double DifferenceSe,
    double DifferenceLower,
    double DifferenceUpper,
    double DifferenceP,
    double Ratio,
    double LogRatioSe,
    double RatioLower,
    double RatioUpper,
    double RatioP)
{
    internal static RmstComparison Compute(KaplanMeierCurve group, KaplanMeierCurve reference, double confidenceLevel)
    {
        var r1 = group.Rmst;
        var r0 = reference.Rmst;
        var z = Normal.InvCDF(0, 1, 1 - ((1 - confidenceLevel) / 2));
        var v1 = r1.StandardError * r1.StandardError;
        var v0 = r0.StandardError * r0.StandardError;
        var diff = r1.Estimate - r0.Estimate;
        var seDiff = Math.Sqrt(v1 + v0);
        var pDiff = 2 * Normal.CDF(0, 1, -Math.Abs(diff / seDiff));
        var logRatio = Math.Log(r1.Estimate) - Math.Log(r0.Estimate);
        var seLog = Math.Sqrt((v1 / (r1.Estimate * r1.Estimate)) + (v0 / (r0.Estimate * r0.Estimate)));
        var pRatio = 2 * Normal.CDF(0, 1, -Math.Abs(logRatio / seLog));
        return new RmstComparison(
            group.Group,
            reference.Group,
            r1.Tau,
            diff,
            seDiff,
            diff - (z * seDiff),
            diff + (z * seDiff),
            pDiff,
            Math.Exp(logRatio),
            seLog,
            Math.Exp(logRatio - (z * seLog)),
            Math.Exp(logRatio + (z * seLog)),
            pRatio);
    }
}
