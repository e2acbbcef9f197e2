using System.Globalization;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// Conversions between effect-size scales, each returning the conversion and its assumption:
/// d ↔ log OR (Hasselblad &amp; Hedges 1995; Chinn 2000), d ↔ r (Borenstein et al. 2009, ch. 7) and
/// OR → RR at a baseline risk (Zhang &amp; Yu 1998). Monotone conversions map interval limits directly.
/// </summary>
public static class EffectSizeConversion
{
    /// <summary>π/√3, the SD of the standard logistic distribution.</summary>
    public static readonly double LogisticScale = Math.PI / Math.Sqrt(3);

    private const string LogisticAssumption = "the binary outcome dichotomises a continuous latent variable with a logistic distribution and equal variances in both arms";

    /// <summary>log OR = d·π/√3 (Hasselblad &amp; Hedges 1995).</summary>
    /// <param name="d">Standardised mean difference (and optional limits).</param>
    /// <param name="lower">Lower limit of d, or NaN.</param>
    /// <param name="upper">Upper limit of d, or NaN.</param>
    /// <returns>The log odds ratio.</returns>
    public static ConversionResult DToLogOddsRatio(double d, double lower = double.NaN, double upper = double.NaN)
        => new(d * LogisticScale, lower * LogisticScale, upper * LogisticScale, "log OR = d·π/√3 (Hasselblad & Hedges 1995)", LogisticAssumption);

    /// <summary>d = log OR·√3/π (Hasselblad &amp; Hedges 1995; Chinn 2000).</summary>
    /// <param name="logOddsRatio">Log odds ratio.</param>
    /// <param name="lower">Lower limit on the log scale, or NaN.</param>
    /// <param name="upper">Upper limit on the log scale, or NaN.</param>
    /// <returns>d.</returns>
    public static ConversionResult LogOddsRatioToD(double logOddsRatio, double lower = double.NaN, double upper = double.NaN)
        => new(logOddsRatio / LogisticScale, lower / LogisticScale, upper / LogisticScale, "d = log OR·√3/π (Hasselblad & Hedges 1995; Chinn 2000)", LogisticAssumption);

    /// <summary>r = d/sqrt(d² + a), a = (n₁ + n₂)²/(n₁n₂) (Borenstein et al. 2009, eq. 7.5).</summary>
    /// <param name="d">Standardised mean difference.</param>
    /// <param name="n1">Treatment size.</param>
    /// <param name="n2">Control size.</param>
    /// <param name="lower">Lower limit of d, or NaN.</param>
    /// <param name="upper">Upper limit of d, or NaN.</param>
    /// <returns>The point-biserial r.</returns>
    public static ConversionResult DToR(double d, int n1, int n2, double lower = double.NaN, double upper = double.NaN)
    {
        var a = Math.Pow(n1 + n2, 2) / ((double)n1 * n2);
        double F(double x) => x / Math.Sqrt((x * x) + a);
        return new ConversionResult(F(d), F(lower), F(upper), string.Create(CultureInfo.InvariantCulture, $"r = d/sqrt(d² + a), a = (n₁+n₂)²/(n₁n₂) = {a:R} (Borenstein et al. 2009, eq. 7.5)"),
            "a point-biserial correlation between the outcome and arm membership, with the observed group sizes");
    }

    /// <summary>d = r·sqrt(a)/sqrt(1 − r²), a = (n₁ + n₂)²/(n₁n₂); equals 2r/sqrt(1 − r²) for equal groups (Borenstein et al. 2009, eq. 7.7).</summary>
    /// <param name="r">Point-biserial correlation in (−1, 1).</param>
    /// <param name="n1">Treatment size.</param>
    /// <param name="n2">Control size.</param>
    /// <param name="lower">Lower limit of r, or NaN.</param>
    /// <param name="upper">Upper limit of r, or NaN.</param>
    /// <returns>d.</returns>
    public static ConversionResult RToD(double r, int n1, int n2, double lower = double.NaN, double upper = double.NaN)
    {
        var a = Math.Pow(n1 + n2, 2) / ((double)n1 * n2);
        double F(double x) => x * Math.Sqrt(a) / Math.Sqrt(1 - (x * x));
        return new ConversionResult(F(r), F(lower), F(upper), "d = r·sqrt(a)/sqrt(1 − r²), a = (n₁+n₂)²/(n₁n₂) (Borenstein et al. 2009)",
            "r is a point-biserial correlation with arm membership, with the given group sizes");
    }

    /// <summary>RR = OR/(1 − p₀ + p₀·OR) at control-group risk p₀ (Zhang &amp; Yu 1998).</summary>
    /// <param name="oddsRatio">Odds ratio.</param>
    /// <param name="baselineRisk">Risk in the control group, in (0, 1).</param>
    /// <param name="lower">Lower limit of the OR, or NaN.</param>
    /// <param name="upper">Upper limit of the OR, or NaN.</param>
    /// <returns>The risk ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The baseline risk is not in (0, 1).</exception>
    public static ConversionResult OddsRatioToRiskRatio(double oddsRatio, double baselineRisk, double lower = double.NaN, double upper = double.NaN)
    {
        if (!(baselineRisk > 0 && baselineRisk < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(baselineRisk), baselineRisk, "The baseline (control) risk must lie strictly between 0 and 1.");
        }

        double F(double or) => or / (1 - baselineRisk + (baselineRisk * or));
        return new ConversionResult(F(oddsRatio), F(lower), F(upper), string.Create(CultureInfo.InvariantCulture, $"RR = OR/(1 − p₀ + p₀·OR), p₀ = {baselineRisk:R} (Zhang & Yu 1998)"),
            "the control-group risk p₀ is known and applies to the population; limits ignore the uncertainty in p₀ (McNutt et al. 2003)");
    }
}
