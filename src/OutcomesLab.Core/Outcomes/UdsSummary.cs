using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>Applies the <see cref="UdsOutcomes"/> definitions to every word and summarises them by group.</summary>
public static class UdsSummary
{
    /// <summary>Computes every outcome for every patient and the group summaries.</summary>
    /// <param name="words">The use-pattern words.</param>
    /// <param name="options">The definitions, with the mandatory missing-data rule.</param>
    /// <returns>Per-patient outcomes and group summaries.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The missing-data rule is not set.</exception>
    public static UdsSummaryResult Compute(UdsWords words, UdsOutcomeOptions options)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.MissingRule))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MissingRule, "Choose a missing-data rule explicitly: MissingAsPositive, MissingAsMissing or MissingAsNegative.");
        }

        var first = words.Options.FirstWeek;
        var from = options.NegativeFromWeek ?? first;
        var to = options.NegativeToWeek ?? words.Options.LastWeek;
        var n = words.Words.Length;
        var neg = new int[n];
        var counted = new int[n];
        var firstPos = new UdsTimeToEvent[n];
        var longest = new int[n];
        var relapse = new UdsTimeToEvent[n];
        var abstinent = new bool[n];
        var dropout = new UdsTimeToEvent[n];
        for (var i = 0; i < n; i++)
        {
            var w = words.Words[i];
            (neg[i], counted[i]) = UdsOutcomes.NegativeWeeks(w, options.MissingRule, first, from, to);
            firstPos[i] = UdsOutcomes.FirstPositive(w, options.MissingRule, first);
            longest[i] = UdsOutcomes.LongestNegativeRun(w, options.MissingRule);
            relapse[i] = UdsOutcomes.Relapse(w, options.MissingRule, first, options.RelapseWeeks, options.RelapseFromWeek);
            abstinent[i] = UdsOutcomes.AbstinentInFinalWeeks(w, options.MissingRule, options.FinalWeeks);
            dropout[i] = UdsOutcomes.Dropout(w, first, options.DropoutWeeks);
        }

        var summaries = ImmutableArray.CreateBuilder<UdsGroupSummary>();
        foreach (var level in Factor.DefaultOrder(words.Groups.Distinct(StringComparer.Ordinal)))
        {
            var m = Enumerable.Range(0, n).Where(i => string.Equals(words.Groups[i], level, StringComparison.Ordinal)).ToArray();
            var negSum = m.Sum(i => neg[i]);
            var countSum = m.Sum(i => counted[i]);
            var perPatient = m.Where(i => counted[i] > 0).Select(i => (double)neg[i] / counted[i]).ToArray();
            summaries.Add(new UdsGroupSummary(
                level,
                m.Length,
                negSum,
                countSum,
                countSum == 0 ? double.NaN : (double)negSum / countSum,
                perPatient.Length == 0 ? double.NaN : perPatient.Average(),
                m.Count(i => firstPos[i].Event),
                Median([.. m.Select(i => (double)longest[i])]),
                m.Count(i => relapse[i].Event),
                m.Count(i => abstinent[i]),
                m.Count(i => dropout[i].Event)));
        }

        return new UdsSummaryResult(
            words.Patients,
            words.Groups,
            words.Words,
            [.. neg],
            [.. counted],
            [.. firstPos],
            [.. longest],
            [.. relapse],
            [.. abstinent],
            [.. dropout],
            summaries.ToImmutable(),
            options);
    }

    private static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(values);
        var h = values.Length / 2;
        return values.Length % 2 == 1 ? values[h] : (values[h - 1] + values[h]) / 2;
    }
}
