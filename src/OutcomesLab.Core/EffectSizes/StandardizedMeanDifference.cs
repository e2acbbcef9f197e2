using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using OutcomesLab.Internal;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// Standardised mean differences for two independent groups, from raw data or from summary
/// statistics, as R's <c>effectsize</c> 0.8.3: Cohen's d (pooled SD), Hedges' g (exact J,
/// Hedges &amp; Olkin 1985), Glass's Δ (control SD; Glass 1976) and the unpooled (Welch) d.
/// The first group is the treatment, so a positive value means a larger treatment mean.
/// Intervals by the noncentral t (Steiger &amp; Fouladi 1997) or the normal approximation.
/// </summary>
public static class StandardizedMeanDifference
{
    /// <summary>
    /// Hedges' exact small-sample correction J(df) = Γ(df/2) / (sqrt(df/2)·Γ((df − 1)/2)),
    /// computed through log-gamma (Hedges 1981; Hedges &amp; Olkin 1985, eq. 5.8).
    /// </summary>
    /// <param name="df">Degrees of freedom (&gt; 1).</param>
    /// <returns>J, in (0, 1).</returns>
    public static double HedgesCorrection(double df)
        => Math.Exp(SpecialFunctions.GammaLn(df / 2) - Math.Log(Math.Sqrt(df / 2)) - SpecialFunctions.GammaLn((df - 1) / 2));

    /// <summary>Computes <paramref name="measure"/> from raw observations.</summary>
    /// <param name="measure"><see cref="EffectMeasure.CohensD"/>, <see cref="EffectMeasure.HedgesG"/>, <see cref="EffectMeasure.GlassDelta"/>, <see cref="EffectMeasure.CohensDUnpooled"/> or <see cref="EffectMeasure.MeanDifference"/>.</param>
    /// <param name="treatment">Treatment observations (finite).</param>
    /// <param name="control">Control (reference) observations (finite).</param>
    /// <param name="options">Confidence level and interval method; null for the defaults.</param>
    /// <returns>The effect size with its interval.</returns>
    /// <exception cref="ArgumentException">A value is not finite or a group has fewer than 2 observations.</exception>
    public static EffectSizeResult Compute(EffectMeasure measure, ReadOnlySpan<double> treatment, ReadOnlySpan<double> control, SmdOptions? options = null)
        => Compute(measure, GroupSummary.FromValues(treatment, nameof(treatment)), GroupSummary.FromValues(control, nameof(control)), options);

    /// <summary>Cohen's d with the pooled SD from raw data (R <c>effectsize::cohens_d(x, y)</c>).</summary>
    /// <param name="treatment">Treatment observations.</param>
    /// <param name="control">Control observations.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>d with its interval.</returns>
    public static EffectSizeResult CohensD(ReadOnlySpan<double> treatment, ReadOnlySpan<double> control, SmdOptions? options = null)
        => Compute(EffectMeasure.CohensD, treatment, control, options);

    /// <summary>Hedges' g from raw data (R <c>effectsize::hedges_g(x, y)</c>).</summary>
    /// <param name="treatment">Treatment observations.</param>
    /// <param name="control">Control observations.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>g with its interval.</returns>
    public static EffectSizeResult HedgesG(ReadOnlySpan<double> treatment, ReadOnlySpan<double> control, SmdOptions? options = null)
        => Compute(EffectMeasure.HedgesG, treatment, control, options);

    /// <summary>Glass's Δ with the control SD from raw data (R <c>effectsize::glass_delta(x, y)</c>).</summary>
    /// <param name="treatment">Treatment observations.</param>
    /// <param name="control">Control observations (supply the SD).</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>Δ with its interval.</returns>
    public static EffectSizeResult GlassDelta(ReadOnlySpan<double> treatment, ReadOnlySpan<double> control, SmdOptions? options = null)
        => Compute(EffectMeasure.GlassDelta, treatment, control, options);

    /// <summary>
    /// Computes <paramref name="measure"/> from summary statistics.
    /// <list type="bullet">
    /// <item>d = (m₁ − m₂)/s_p, s_p² = ((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2); exact CI: t = d/sqrt(1/n₁+1/n₂), df = n₁+n₂−2, limits λ·sqrt(1/n₁+1/n₂) where P(T_{df,λ} ≤ t) = (1 ± level)/2.</item>
    /// <item>g = d·J(n₁+n₂−2); the interval is the d interval × J.</item>
    /// <item>Δ = (m₁ − m₂)/s₂; df = n₂ − 1, scale h = 1/n₂ + s₁²/(n₁s₂²).</item>
    /// <item>Unpooled d = (m₁ − m₂)/sqrt((s₁²+s₂²)/2); Welch–Satterthwaite df; t = (m₁ − m₂)/sqrt(s₁²/n₁ + s₂²/n₂), limits λ·sqrt(s₁²/n₁ + s₂²/n₂)/s (as effectsize 0.8.3).</item>
    /// <item>Mean difference with the Student (pooled) t interval.</item>
    /// </list>
    /// </summary>
    /// <param name="measure">The measure (see <see cref="Compute(EffectMeasure, ReadOnlySpan{double}, ReadOnlySpan{double}, SmdOptions?)"/>).</param>
    /// <param name="treatment">Treatment summary.</param>
    /// <param name="control">Control summary.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The effect size with its interval.</returns>
    /// <exception cref="ArgumentException">Fewer than 2 observations in a group, a non-finite mean or a negative SD.</exception>
    public static EffectSizeResult Compute(EffectMeasure measure, GroupSummary treatment, GroupSummary control, SmdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(control);
        options ??= SmdOptions.Default;
        ValidateLevel(options.ConfidenceLevel);
        Validate(treatment, nameof(treatment));
        Validate(control, nameof(control));
        double n1 = treatment.Count, n2 = control.Count;
        var diff = treatment.Mean - control.Mean;
        double v1 = treatment.Variance, v2 = control.Variance;
        var level = options.ConfidenceLevel;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        double est, lo, hi, se = double.NaN;
        string method;
        var standardiser = measure switch
        {
            EffectMeasure.CohensD or EffectMeasure.HedgesG => Math.Sqrt((((n1 - 1) * v1) + ((n2 - 1) * v2)) / (n1 + n2 - 2)),
            EffectMeasure.GlassDelta => control.StandardDeviation,
            EffectMeasure.CohensDUnpooled => Math.Sqrt((v1 + v2) / 2),
            _ => double.NaN,
        };
        if (standardiser == 0)
        {
            // diff / 0 is ±Infinity or NaN and the noncentral-t interval has no solution (R's effectsize stops).
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "zero-sd", $"The standard deviation used to standardise ({(measure == EffectMeasure.GlassDelta ? "the control arm's" : "of both arms")}) is 0: every outcome value is identical, so {EffectMeasureNames.Key(measure)} is undefined. Report the mean difference instead."));
            return new EffectSizeResult(measure, double.NaN, double.NaN, double.NaN, level, treatment.Count, control.Count, double.NaN, "undefined: the standardiser is 0", diagnostics.ToImmutable());
        }

        switch (measure)
        {
            case EffectMeasure.MeanDifference:
                {
                    var df = n1 + n2 - 2;
                    var sp2 = (((n1 - 1) * v1) + ((n2 - 1) * v2)) / df;
                    se = Math.Sqrt(sp2 * ((1 / n1) + (1 / n2)));
                    var tq = StudentT.InvCDF(0, 1, df, 1 - ((1 - level) / 2));
                    est = diff;
                    lo = diff - (tq * se);
                    hi = diff + (tq * se);
                    method = Fmt($"difference in means with the Student t interval (pooled variance), df = {df}");
                    break;
                }

            case EffectMeasure.CohensD:
            case EffectMeasure.HedgesG:
                {
                    var df = n1 + n2 - 2;
                    var sp = Math.Sqrt((((n1 - 1) * v1) + ((n2 - 1) * v2)) / df);
                    var d = diff / sp;
                    var scale = Math.Sqrt((1 / n1) + (1 / n2));
                    var j = measure == EffectMeasure.HedgesG ? HedgesCorrection(df) : 1.0;
                    est = d * j;
                    if (options.CiMethod == SmdCiMethod.NoncentralT)
                    {
                        (lo, hi) = NcpInterval(d / scale, df, level);
                        lo *= scale * j;
                        hi *= scale * j;
                        method = Fmt($"pooled SD; noncentral t interval, df = {df} (Steiger & Fouladi 1997)");
                    }
                    else
                    {
                        se = j * Math.Sqrt(((n1 + n2) / (n1 * n2)) + (d * d / (2 * (n1 + n2))));
                        (lo, hi) = Wald(est, se, level);
                        method = "pooled SD; normal-approximation interval (Hedges & Olkin 1985, eq. 5.14)";
                    }

                    if (measure == EffectMeasure.HedgesG)
                    {
                        method = Fmt($"Hedges' g = d·J, exact J = {j:R} (Hedges & Olkin 1985); ") + method;
                    }

                    break;
                }

            case EffectMeasure.GlassDelta:
                {
                    var df = n2 - 1;
                    var s2 = control.StandardDeviation;
                    est = diff / s2;
                    var h = (1 / n2) + (v1 / (n1 * v2));
                    if (options.CiMethod == SmdCiMethod.NoncentralT)
                    {
                        (lo, hi) = NcpInterval(est / Math.Sqrt(h), df, level);
                        lo *= Math.Sqrt(h);
                        hi *= Math.Sqrt(h);
                        method = Fmt($"control SD (Glass 1976); noncentral t interval, df = {df}, scale 1/n₂ + s₁²/(n₁s₂²) (as effectsize)");
                    }
                    else
                    {
                        se = Math.Sqrt(h + (est * est / (2 * df)));
                        (lo, hi) = Wald(est, se, level);
                        method = "control SD (Glass 1976); normal-approximation interval";
                    }

                    break;
                }

            case EffectMeasure.CohensDUnpooled:
                {
                    var se1 = v1 / n1;
                    var se2 = v2 / n2;
                    var seDiff = Math.Sqrt(se1 + se2);
                    var df = (seDiff * seDiff * seDiff * seDiff) / ((se1 * se1 / (n1 - 1)) + (se2 * se2 / (n2 - 1)));
                    var s = Math.Sqrt((v1 + v2) / 2);
                    est = diff / s;
                    var scale = seDiff / s;
                    if (options.CiMethod == SmdCiMethod.NoncentralT)
                    {
                        (lo, hi) = NcpInterval(diff / seDiff, df, level);
                        lo *= scale;
                        hi *= scale;
                        method = Fmt($"unpooled SD sqrt((s₁²+s₂²)/2); noncentral t interval, Welch df = {df:R}");
                    }
                    else
                    {
                        se = Math.Sqrt((scale * scale) + (est * est / (2 * df)));
                        (lo, hi) = Wald(est, se, level);
                        method = "unpooled SD; normal-approximation interval";
                    }

                    break;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "Expected MeanDifference, CohensD, HedgesG, GlassDelta or CohensDUnpooled; use PairedStandardizedMeanDifference for paired designs.");
        }

        if (treatment.Count + control.Count < 20 && measure == EffectMeasure.CohensD)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "small-sample-bias", "Fewer than 20 observations: Cohen's d is biased upwards; consider Hedges' g."));
        }

        return new EffectSizeResult(measure, est, lo, hi, level, treatment.Count, control.Count, se, method, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Exact noncentral-t confidence limits for the noncentrality parameter: λ_L with
    /// P(T_{df,λ_L} ≤ t) = (1 + level)/2 and λ_U with P(T_{df,λ_U} ≤ t) = (1 − level)/2
    /// (noncentral t CDF by Lenth's AS 243; Brent root finding, tolerance 1e-14).
    /// </summary>
    /// <param name="t">The observed t statistic.</param>
    /// <param name="df">Degrees of freedom (may be fractional).</param>
    /// <param name="level">Confidence level.</param>
    /// <returns>The limits (λ_L, λ_U).</returns>
    public static (double Lower, double Upper) NoncentralityInterval(double t, double df, double level)
    {
        ValidateLevel(level);
        return NcpInterval(t, df, level);
    }

    internal static (double Lower, double Upper) NcpInterval(double t, double df, double level)
    {
        var alpha = (1 - level) / 2;
        var lo = NoncentralT.SolveNcp(t, df, 1 - alpha);
        var hi = NoncentralT.SolveNcp(t, df, alpha);
        return (lo, hi);
    }

    internal static (double Lower, double Upper) Wald(double est, double se, double level)
    {
        var z = Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
        return (est - (z * se), est + (z * se));
    }

    internal static void ValidateLevel(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1, e.g. 0.95.");
        }
    }

    private static void Validate(GroupSummary g, string name)
    {
        if (g.Count < 2 || !double.IsFinite(g.Mean) || !(g.StandardDeviation >= 0) || !double.IsFinite(g.StandardDeviation))
        {
            throw new ArgumentException(
                Fmt($"{name} has n = {g.Count}, mean = {g.Mean}, SD = {g.StandardDeviation}: expected at least 2 observations, a finite mean and a finite non-negative SD."),
                name);
        }
    }

    private static string Fmt(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
