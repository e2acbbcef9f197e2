using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Survival;

/// <summary>
/// Default reporting times taken from the observed follow-up times: for each probability p the order
/// statistic x<sub>(⌊(n − 1)p⌋ + 1)</sub>, i.e. the observed time at the lower end of R's
/// <c>quantile(x, p, type = 7)</c> interpolation (Hyndman RJ, Fan Y. Sample quantiles in statistical
/// packages. <i>Am Stat</i> 1996;50:361–365, definition 7), so every grid time is a time in the data.
/// </summary>
public static class TimeGrid
{
    /// <summary>The observed times at the quartiles 0.25, 0.5 and 0.75, duplicates removed.</summary>
    /// <param name="times">Follow-up times (any order), at least one.</param>
    /// <returns>The grid times in increasing order, without duplicates.</returns>
    /// <exception cref="ArgumentException">No times, or a NaN time (the first one is named).</exception>
    public static ImmutableArray<double> Quartiles(IReadOnlyList<double> times) => AtProbabilities(times, [0.25, 0.5, 0.75]);

    /// <summary>The observed times x<sub>(⌊(n − 1)p⌋ + 1)</sub> at the given probabilities, duplicates removed.</summary>
    /// <param name="times">Follow-up times (any order), at least one.</param>
    /// <param name="probabilities">Probabilities in [0, 1], in increasing order.</param>
    /// <returns>One time per probability, in the order of the probabilities, repeated times dropped.</returns>
    /// <exception cref="ArgumentException">No times, a NaN time, or a probability outside [0, 1] or out of order (the first one is named).</exception>
    public static ImmutableArray<double> AtProbabilities(IReadOnlyList<double> times, IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (times.Count == 0)
        {
            throw new ArgumentException("No times: the grid needs at least one observed time.", nameof(times));
        }

        for (var i = 0; i < times.Count; i++)
        {
            if (double.IsNaN(times[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"times[{i}] is NaN; give observed follow-up times only."), nameof(times));
            }
        }

        for (var k = 0; k < probabilities.Count; k++)
        {
            if (!(probabilities[k] >= 0 && probabilities[k] <= 1) || (k > 0 && probabilities[k] < probabilities[k - 1]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"probabilities[{k}] = {probabilities[k]}: expected increasing probabilities in [0, 1]."), nameof(probabilities));
            }
        }

        var sorted = times.Order().ToArray();
        return [.. probabilities.Select(p => sorted[(int)Math.Floor(p * (sorted.Length - 1))]).Distinct()];
    }
}
