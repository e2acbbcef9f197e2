using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Quality-adjusted life years by the area under the utility curve (trapezoid rule between
/// assessments, no extrapolation beyond the last one) and the baseline-adjusted between-arm difference
/// of Manca A, Hawkins N, Sculpher MJ. Estimating mean QALYs in trial-based cost-effectiveness analysis:
/// the importance of controlling for baseline utility. Health Econ 2005;14:487–496 — the ordinary
/// least-squares regression QALY = β₀ + β₁·arm + β₂·baseline utility, reporting β₁ (R: <c>lm(qaly ~ arm + u0)</c>).
/// </summary>
public static class Qaly
{
    /// <summary>Area under the utility curve by the trapezoid rule.</summary>
    /// <param name="times">Assessment times in years, strictly increasing (e.g. 0, 0.25, 0.5).</param>
    /// <param name="utilities">Utility at each time.</param>
    /// <returns>QALYs over [first time, last time].</returns>
    /// <exception cref="ArgumentException">Lengths differ, fewer than two points, non-finite values, or times not increasing.</exception>
    public static double AreaUnderCurve(IReadOnlyList<double> times, IReadOnlyList<double> utilities)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(utilities);
        if (times.Count != utilities.Count || times.Count < 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Need at least two assessments with one utility per time; found {times.Count} times and {utilities.Count} utilities."), nameof(utilities));
        }

        var area = 0.0;
        for (var i = 1; i < times.Count; i++)
        {
            if (!double.IsFinite(times[i]) || !(times[i] > times[i - 1]) || !double.IsFinite(utilities[i]) || !double.IsFinite(utilities[i - 1]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"times must be finite and strictly increasing and utilities finite; check index {i} (time {times[i]}, utility {utilities[i]})."), nameof(times));
            }

            area += (times[i] - times[i - 1]) * (utilities[i] + utilities[i - 1]) / 2;
        }

        return area;
    }

    /// <summary>Baseline-adjusted QALY difference (Manca et al. 2005) by OLS of QALY on arm and baseline utility.</summary>
    /// <param name="qalys">QALYs per person.</param>
    /// <param name="baselineUtilities">Baseline utility per person.</param>
    /// <param name="treated">Arm per person (true = treated/experimental).</param>
    /// <param name="confidenceLevel">Confidence level; default 0.95.</param>
    /// <returns>Unadjusted and adjusted differences with SE and CI.</returns>
    /// <exception cref="ArgumentException">Lengths differ, fewer than four persons, an arm with nobody, or a singular design.</exception>
    public static QalyAdjustmentResult AdjustedDifference(IReadOnlyList<double> qalys, IReadOnlyList<double> baselineUtilities, IReadOnlyList<bool> treated, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(qalys);
        ArgumentNullException.ThrowIfNull(baselineUtilities);
        ArgumentNullException.ThrowIfNull(treated);
        var n = qalys.Count;
        if (baselineUtilities.Count != n || treated.Count != n || n < 4)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Need at least four persons with one QALY, baseline utility and arm each; found {n}, {baselineUtilities.Count}, {treated.Count}."), nameof(qalys));
        }

        var nTreated = treated.Count(t => t);
        if (nTreated == 0 || nTreated == n)
        {
            throw new ArgumentException("Both arms need at least one person.", nameof(treated));
        }

        var x = Matrix<double>.Build.Dense(n, 3, (i, j) => j switch { 0 => 1.0, 1 => treated[i] ? 1.0 : 0.0, _ => baselineUtilities[i] });
        var y = Vector<double>.Build.Dense(n, i => qalys[i]);
        var xtx = x.TransposeThisAndMultiply(x);
        if (Math.Abs(xtx.Determinant()) < 1e-12)
        {
            throw new ArgumentException("The design is singular (baseline utility is constant or collinear with arm); the adjusted difference is not estimable.", nameof(baselineUtilities));
        }

        var inverse = xtx.Inverse();
        var beta = inverse * x.TransposeThisAndMultiply(y);
        var residuals = y - (x * beta);
        var sigma2 = residuals.DotProduct(residuals) / (n - 3);
        var se = Math.Sqrt(sigma2 * inverse[1, 1]);
        var half = StudentT.InvCDF(0, 1, n - 3, 0.5 + (confidenceLevel / 2)) * se;
        var unadjusted = Enumerable.Range(0, n).Where(i => treated[i]).Average(i => qalys[i]) - Enumerable.Range(0, n).Where(i => !treated[i]).Average(i => qalys[i]);
        return new QalyAdjustmentResult(unadjusted, beta[1], se, beta[1] - half, beta[1] + half, beta[2], n);
    }
}
