using System.Globalization;

namespace OutcomesLab.Survival;

/// <summary>
/// Options of <see cref="CumulativeIncidence.Fit(SurvivalSample, CumulativeIncidenceOptions?)"/>. Every
/// default reproduces R: cmprsk <c>cuminc(..., rho = 0)</c> for the estimate, variance and Gray's test,
/// and survival's <c>conf.type = "log"</c>, <c>conf.int = 0.95</c> for the interval.
/// </summary>
/// <param name="VarianceMethod">The variance behind <see cref="CumulativeIncidencePoint.StdErr"/> and the interval; default <see cref="CifVarianceMethod.Delta"/> (cmprsk).</param>
/// <param name="ConfidenceTransform">The interval's transformation; default <see cref="CifConfidenceTransform.Log"/> (survfit <c>conf.type = "log"</c>).</param>
/// <param name="ConfidenceLevel">Two-sided coverage of the pointwise interval, in (0, 1); default 0.95 (R <c>conf.int</c>).</param>
/// <param name="GrayRho">The power ρ of Gray's weight function (1 − F(t−))^ρ; default 0 (cmprsk <c>rho = 0</c>).</param>
/// <param name="GrayTest">Whether to run Gray's test for every cause when the sample has two or more groups (cuminc always does).</param>
public sealed record CumulativeIncidenceOptions(
    CifVarianceMethod VarianceMethod = CifVarianceMethod.Delta,
    CifConfidenceTransform ConfidenceTransform = CifConfidenceTransform.Log,
    double ConfidenceLevel = 0.95,
    double GrayRho = 0,
    bool GrayTest = true)
{
    /// <summary>The R defaults.</summary>
    public static CumulativeIncidenceOptions Default { get; } = new();

    internal void Validate()
    {
        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"ConfidenceLevel is {ConfidenceLevel.ToString("R", CultureInfo.InvariantCulture)}: expected a coverage strictly between 0 and 1, e.g. 0.95."),
                "options");
        }

        if (!double.IsFinite(GrayRho))
        {
            throw new ArgumentException("GrayRho must be a finite number (cmprsk's rho; 0 is the default).", "options");
        }

        if (!Enum.IsDefined(VarianceMethod) || !Enum.IsDefined(ConfidenceTransform))
        {
            throw new ArgumentException("VarianceMethod or ConfidenceTransform is not a defined enum value.", "options");
        }
    }
}
