using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>Change from baseline and responder classification by a minimal important difference.</summary>
public static class ChangeScores
{
    /// <summary>Follow-up − baseline for each person (null when either is missing).</summary>
    /// <param name="baseline">Baseline scores.</param>
    /// <param name="followUp">Follow-up scores, same length and order.</param>
    /// <returns>The changes.</returns>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static ImmutableArray<double?> FromBaseline(IReadOnlyList<double?> baseline, IReadOnlyList<double?> followUp)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(followUp);
        if (baseline.Count != followUp.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"baseline has {baseline.Count} values but followUp has {followUp.Count}; pass one pair per person."), nameof(followUp));
        }

        return [.. baseline.Zip(followUp, (b, f) => b is { } x && f is { } y ? y - x : (double?)null)];
    }

    /// <summary>
    /// Responder status: a person responds when the change is at least <paramref name="threshold"/> in
    /// the better direction (≥ threshold when higher is better, ≤ −threshold otherwise).
    /// </summary>
    /// <param name="changes">Changes from baseline (null = not assessable).</param>
    /// <param name="threshold">The MID (positive).</param>
    /// <param name="higherIsBetter">Direction of benefit (true for utilities and QoL scores).</param>
    /// <returns>True/false per person, null where the change is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not positive and finite.</exception>
    public static ImmutableArray<bool?> Responders(IReadOnlyList<double?> changes, double threshold, bool higherIsBetter = true)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (!(threshold > 0) || !double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The MID threshold must be a positive number.");
        }

        return [.. changes.Select(c => c is { } d ? (higherIsBetter ? d >= threshold : d <= -threshold) : (bool?)null)];
    }

    /// <summary>Responder status with a tabulated MID (its <see cref="MinimalImportantDifference.Lower"/> end).</summary>
    /// <param name="changes">Changes from baseline.</param>
    /// <param name="mid">The MID from <see cref="MinimalImportantDifferences"/>.</param>
    /// <returns>True/false per person, null where the change is missing.</returns>
    public static ImmutableArray<bool?> Responders(IReadOnlyList<double?> changes, MinimalImportantDifference mid)
    {
        ArgumentNullException.ThrowIfNull(mid);
        return Responders(changes, mid.Lower);
    }
}
