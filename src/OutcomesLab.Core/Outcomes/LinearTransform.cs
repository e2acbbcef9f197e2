namespace OutcomesLab.Outcomes;

/// <summary>
/// A linear rescaling that maps [<paramref name="FromMinimum"/>, <paramref name="FromMaximum"/>] onto
/// [<paramref name="ToMinimum"/>, <paramref name="ToMaximum"/>], e.g. the WHOQOL-BREF 4–20 to 0–100
/// transform (score − 4) × 100/16 (WHO 1996, WHOQOL-BREF manual, Table 4).
/// </summary>
/// <param name="FromMinimum">Lowest possible raw score.</param>
/// <param name="FromMaximum">Highest possible raw score.</param>
/// <param name="ToMinimum">Value the lowest raw score maps to.</param>
/// <param name="ToMaximum">Value the highest raw score maps to.</param>
public sealed record LinearTransform(double FromMinimum, double FromMaximum, double ToMinimum, double ToMaximum)
{
    /// <summary>Applies the transform: ToMinimum + (x − FromMinimum) × (ToMaximum − ToMinimum) / (FromMaximum − FromMinimum).</summary>
    /// <param name="x">A raw score.</param>
    /// <returns>The transformed score.</returns>
    public double Apply(double x) => ToMinimum + ((x - FromMinimum) * (ToMaximum - ToMinimum) / (FromMaximum - FromMinimum));
}
