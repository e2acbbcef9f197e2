using System.Globalization;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Plotting;

/// <summary>A hazard ratio printed on a survival figure; the caller passes the numbers (the figure never fits a model).</summary>
/// <param name="Estimate">The hazard ratio.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="ConfidenceLevel">Confidence level of the limits, e.g. 0.95.</param>
/// <param name="Label">What the ratio compares, e.g. <c>HR (buprenorphine vs methadone)</c>.</param>
public sealed record HazardRatioAnnotation(double Estimate, double Lower, double Upper, double ConfidenceLevel = 0.95, string Label = "HR")
{
    /// <summary>The annotation of one Cox coefficient.</summary>
    /// <param name="coefficient">A row of <see cref="CoxResult.Coefficients"/>.</param>
    /// <param name="confidenceLevel">The model's confidence level (<see cref="CoxResult.ConfidenceLevel"/>).</param>
    /// <param name="label">The label; default <c>HR</c>.</param>
    /// <returns>The annotation.</returns>
    public static HazardRatioAnnotation FromCox(CoxCoefficient coefficient, double confidenceLevel, string label = "HR")
    {
        ArgumentNullException.ThrowIfNull(coefficient);
        return new(coefficient.HazardRatio, coefficient.HrLower, coefficient.HrUpper, confidenceLevel, label);
    }

    /// <summary>The printed text, e.g. <c>HR 0.52 (95% CI 0.38–0.71)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Label} {NumberFormat.Ratio(Estimate)} ({NumberFormat.Level(ConfidenceLevel)} CI {NumberFormat.Ratio(Lower)}–{NumberFormat.Ratio(Upper)})");
}
