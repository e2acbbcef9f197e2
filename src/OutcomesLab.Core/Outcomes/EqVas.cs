using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// The EQ visual analogue scale: the respondent's rating of their own health today from 0 (worst
/// imaginable) to 100 (best imaginable) (EuroQol Research Foundation, EQ-5D-5L User Guide 2019). It is
/// reported as recorded; it is not a utility and is not combined with the index.
/// </summary>
public static class EqVas
{
    /// <summary>Checks an EQ VAS value is a number in [0, 100].</summary>
    /// <param name="value">The recorded VAS value.</param>
    /// <returns>The value unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside 0..100.</exception>
    public static double Validate(double value) =>
        value is >= 0 and <= 100
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"EQ VAS must be a number from 0 to 100; found {value}."));
}
