using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// The EQ-5D profile descriptive: for each group and dimension (MO, SC, UA, PD, AD) the number and
/// share of respondents at each level, and the share reporting any problem (level &gt; 1), as
/// recommended for reporting EQ-5D data by Devlin NJ, Parkin D, Browne J. Patient-reported outcome
/// measures in the NHS: new methods for analysing and reporting EQ-5D data. <i>Health Econ</i>
/// 2010;19:886–905.
/// </summary>
public static class Eq5dProfile
{
    /// <summary>The dimension codes in profile order.</summary>
    public static ImmutableArray<string> Dimensions { get; } = ["MO", "SC", "UA", "PD", "AD"];

    /// <summary>Counts and shares of each level per group and dimension.</summary>
    /// <param name="states">One health state per respondent.</param>
    /// <param name="groups">The group of each respondent, or null for one group named "All".</param>
    /// <param name="levels">3 (EQ-5D-3L) or 5 (EQ-5D-5L, the default).</param>
    /// <returns>The profile; groups in order of first appearance.</returns>
    /// <exception cref="ArgumentException">The lists differ in length, or a level exceeds <paramref name="levels"/>.</exception>
    public static Eq5dProfileResult Compute(IReadOnlyList<Eq5dState> states, IReadOnlyList<string>? groups, int levels = 5)
    {
        ArgumentNullException.ThrowIfNull(states);
        if (levels is not (3 or 5))
        {
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "EQ-5D has 3 (EQ-5D-3L) or 5 (EQ-5D-5L) levels.");
        }

        if (groups is not null && groups.Count != states.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{groups.Count} groups for {states.Count} states."), nameof(groups));
        }

        var order = new List<string>();
        var counts = new Dictionary<string, int[,]>(StringComparer.Ordinal);
        for (var i = 0; i < states.Count; i++)
        {
            var g = groups?[i] ?? "All";
            if (!counts.TryGetValue(g, out var c))
            {
                c = new int[5, levels];
                counts.Add(g, c);
                order.Add(g);
            }

            var s = states[i];
            ReadOnlySpan<byte> dims = [s.Mobility, s.SelfCare, s.UsualActivities, s.PainDiscomfort, s.AnxietyDepression];
            for (var d = 0; d < 5; d++)
            {
                if (dims[d] < 1 || dims[d] > levels)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"State {i} ({s}): {Dimensions[d]} level {dims[d]} is outside 1..{levels}."), nameof(states));
                }

                c[d, dims[d] - 1]++;
            }
        }

        var result = ImmutableArray.CreateBuilder<Eq5dProfileGroup>(order.Count);
        foreach (var g in order)
        {
            var c = counts[g];
            var n = 0;
            for (var k = 0; k < levels; k++)
            {
                n += c[0, k];
            }

            var dims = ImmutableArray.CreateBuilder<Eq5dDimensionProfile>(5);
            for (var d = 0; d < 5; d++)
            {
                var row = Enumerable.Range(0, levels).Select(k => c[d, k]).ToImmutableArray();
                var shares = row.Select(x => n == 0 ? double.NaN : (double)x / n).ToImmutableArray();
                var any = n == 0 ? double.NaN : (double)(n - row[0]) / n;
                dims.Add(new Eq5dDimensionProfile(Dimensions[d], row, shares, any));
            }

            result.Add(new Eq5dProfileGroup(g, n, dims.MoveToImmutable()));
        }

        return new Eq5dProfileResult(levels, result.MoveToImmutable());
    }
}
