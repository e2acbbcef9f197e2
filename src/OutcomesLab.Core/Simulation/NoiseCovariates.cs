using System.Globalization;
using OutcomesLab.Internal;

namespace OutcomesLab.Simulation;

/// <summary>
/// Seeded independent standard-normal covariates z1..zK, one row per patient, for benchmarks and
/// stress tests that need wide files with full-precision decimals (e.g. registry extracts with
/// laboratory values or propensity scores). The values come from their own xoshiro256** stream
/// (seed, stream 1), so adding them leaves the cohort of <see cref="CohortSimulator"/> unchanged.
/// They carry no effect on any outcome: a fitted coefficient estimates 0.
/// </summary>
public sealed class NoiseCovariates
{
    /// <summary>The largest number of columns supported.</summary>
    public const int MaxCount = 30;

    private readonly Xoshiro256StarStar random;

    /// <summary>Creates the generator.</summary>
    /// <param name="count">Number of covariates per row (0 to <see cref="MaxCount"/>).</param>
    /// <param name="seed">The cohort's seed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is outside 0..<see cref="MaxCount"/>.</exception>
    public NoiseCovariates(int count, ulong seed)
    {
        if (count is < 0 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, string.Create(CultureInfo.InvariantCulture, $"Expected 0 to {MaxCount} noise covariates."));
        }

        Count = count;
        random = new Xoshiro256StarStar(seed, 1);
    }

    /// <summary>Number of covariates per row.</summary>
    public int Count { get; }

    /// <summary>Column names z1..zK.</summary>
    public IReadOnlyList<string> Names => [.. Enumerable.Range(1, Count).Select(j => string.Create(CultureInfo.InvariantCulture, $"z{j}"))];

    /// <summary>Fills <paramref name="row"/> (length <see cref="Count"/>) with the next row's values (Box–Muller, one value per pair of uniforms).</summary>
    /// <param name="row">Destination.</param>
    /// <exception cref="ArgumentException"><paramref name="row"/> is not <see cref="Count"/> long.</exception>
    public void NextRow(Span<double> row)
    {
        if (row.Length != Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Expected a row of {Count} values; found {row.Length}."), nameof(row));
        }

        for (var j = 0; j < row.Length; j++)
        {
            row[j] = random.NextStandardNormal();
        }
    }
}
