using System.Globalization;
using MathNet.Numerics.Distributions;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Comparison with general-population norms. Built in: the UK EQ-5D-3L (UK TTO value set) age/sex
/// regression of Ara R, Brazier J. Populating an economic model with health state utility values:
/// moving towards better practice. Value Health 2010;13:509–518 (Health Survey for England):
/// expected = 0.9508566 + 0.0212126·male − 0.0002587·age − 0.0000332·age².
/// Observed − expected is summarised by its mean with a t confidence interval (n − 1 df), treating
/// the norm as known (its own sampling error is ignored).
/// </summary>
public static class PopulationNorms
{
    /// <summary>The norm's name and citation.</summary>
    public const string AraBrazier2010 = "UK EQ-5D-3L norm, Ara & Brazier 2010 (Value Health 13:509-518)";

    /// <summary>The Ara &amp; Brazier (2010) expected UK EQ-5D-3L index.</summary>
    /// <param name="age">Age in years.</param>
    /// <param name="male">True for men.</param>
    /// <returns>The expected index.</returns>
    public static double UkEq5d3lAraBrazier(double age, bool male) =>
        0.9508566 + (0.0212126 * (male ? 1 : 0)) - (0.0002587 * age) - (0.0000332 * age * age);

    /// <summary>Compares observed UK EQ-5D-3L indexes with the Ara &amp; Brazier (2010) norm.</summary>
    /// <param name="observed">Observed index per person.</param>
    /// <param name="age">Age per person.</param>
    /// <param name="male">Sex per person (true = male).</param>
    /// <param name="confidenceLevel">Confidence level; default 0.95.</param>
    /// <returns>Expected values and the mean difference with its CI.</returns>
    /// <exception cref="ArgumentException">Lengths differ, fewer than two persons, or non-finite values.</exception>
    public static NormComparisonResult CompareUkEq5d3l(IReadOnlyList<double> observed, IReadOnlyList<double> age, IReadOnlyList<bool> male, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(age);
        ArgumentNullException.ThrowIfNull(male);
        if (observed.Count != age.Count || observed.Count != male.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"observed ({observed.Count}), age ({age.Count}) and male ({male.Count}) must have one value per person."), nameof(age));
        }

        var expected = new double[observed.Count];
        for (var i = 0; i < expected.Length; i++)
        {
            expected[i] = UkEq5d3lAraBrazier(age[i], male[i]);
        }

        return Compare(observed, expected, confidenceLevel, AraBrazier2010);
    }

    /// <summary>Compares observed scores with given expected (norm) values.</summary>
    /// <param name="observed">Observed score per person.</param>
    /// <param name="expected">Expected score per person (e.g. looked up in a published age/sex norm table).</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <param name="norm">Name and citation of the norm, carried into the result.</param>
    /// <returns>The mean difference with its CI.</returns>
    /// <exception cref="ArgumentException">Lengths differ, fewer than two persons, or non-finite values.</exception>
    public static NormComparisonResult Compare(IReadOnlyList<double> observed, IReadOnlyList<double> expected, double confidenceLevel, string norm)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(expected);
        if (observed.Count != expected.Count || observed.Count < 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Need at least two persons and one expected value per observed value; found {observed.Count} and {expected.Count}."), nameof(expected));
        }

        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must be in (0, 1).");
        }

        var n = observed.Count;
        var d = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(observed[i]) || !double.IsFinite(expected[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"observed[{i}] and expected[{i}] must be finite; found {observed[i]} and {expected[i]}."), nameof(observed));
            }

            d[i] = observed[i] - expected[i];
        }

        var mean = d.Average();
        var sd = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (n - 1));
        var half = StudentT.InvCDF(0, 1, n - 1, 0.5 + (confidenceLevel / 2)) * sd / Math.Sqrt(n);
        return new NormComparisonResult([.. expected], observed.Average(), expected.Average(), mean, mean - half, mean + half, n, norm);
    }
}
