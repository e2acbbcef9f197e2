using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Builds weekly use-pattern words from long urine drug screen results and the visit schedule, as
/// the CTN-0094 harmonised data are laid out: a collected sample appears as a visit (and, when it
/// is positive for anything, as one row per positive substance); a visit with no positive row for
/// the chosen substances is a negative sample; a week with no sample is missing. Week k covers
/// days <c>index + W(k − 1) + 1 .. index + Wk</c> (W = 7), so the index day itself (baseline) is
/// not part of week 1.
/// </summary>
/// <remarks>Source of the word legend and encoding: the CTNote R package ("use pattern word";
/// Balise/Odom/Brandt et al., CTN-0094), whose <c>*</c> marks a week with both results.</remarks>
public static class UdsUsePattern
{
    /// <summary>Builds one word per patient of <paramref name="index"/>.</summary>
    /// <param name="index">Patients with index days and groups.</param>
    /// <param name="sampleIds">Patient of each collected sample (visit with a sample).</param>
    /// <param name="sampleDays">Study day of each collected sample.</param>
    /// <param name="positiveIds">Patient of each positive result row.</param>
    /// <param name="positiveDays">Study day of each positive result row (also counts as a collected sample).</param>
    /// <param name="positiveSubstances">Substance found positive in each row.</param>
    /// <param name="options">Substances and weeks.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentException">Lengths differ or the options are invalid.</exception>
    public static UdsWords Build(
        RetentionIndex index,
        IReadOnlyList<string> sampleIds,
        IReadOnlyList<int> sampleDays,
        IReadOnlyList<string> positiveIds,
        IReadOnlyList<int> positiveDays,
        IReadOnlyList<string> positiveSubstances,
        UdsWordOptions options)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(sampleIds);
        ArgumentNullException.ThrowIfNull(sampleDays);
        ArgumentNullException.ThrowIfNull(positiveIds);
        ArgumentNullException.ThrowIfNull(positiveDays);
        ArgumentNullException.ThrowIfNull(positiveSubstances);
        ArgumentNullException.ThrowIfNull(options);
        if (sampleIds.Count != sampleDays.Count || positiveIds.Count != positiveDays.Count || positiveIds.Count != positiveSubstances.Count)
        {
            throw new ArgumentException("Sample ids and days, and positive ids, days and substances, must have equal lengths.", nameof(sampleDays));
        }

        if (options.FirstWeek < 1 || options.LastWeek < options.FirstWeek || options.WeekLength < 1 || options.Substances.Count == 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Weeks {options.FirstWeek}-{options.LastWeek} of {options.WeekLength} days with {options.Substances.Count} substance(s): expected 1 <= first week <= last week, a week length >= 1 and at least one substance."),
                nameof(options));
        }

        var weeks = options.LastWeek - options.FirstWeek + 1;
        var n = index.Count;
        // Two bits per patient-week: 1 = a negative sample seen, 2 = a positive sample seen.
        var state = new byte[n * weeks];
        var substances = new HashSet<string>(options.Substances, StringComparer.OrdinalIgnoreCase);
        var positiveDaysOf = new Dictionary<(int Row, int Day), bool>();
        for (var i = 0; i < positiveIds.Count; i++)
        {
            var row = index.RowOf(positiveIds[i]);
            if (row < 0)
            {
                continue;
            }

            var key = (row, positiveDays[i]);
            var hit = positiveSubstances[i] is { } s && substances.Contains(s);
            positiveDaysOf[key] = (positiveDaysOf.TryGetValue(key, out var before) && before) || hit;
        }

        void Mark(int row, int day, bool positive)
        {
            var offset = day - index.IndexDays[row];
            if (offset < 1)
            {
                return;
            }

            var week = ((offset - 1) / options.WeekLength) + 1;
            if (week < options.FirstWeek || week > options.LastWeek)
            {
                return;
            }

            state[(row * weeks) + week - options.FirstWeek] |= positive ? (byte)2 : (byte)1;
        }

        for (var i = 0; i < sampleIds.Count; i++)
        {
            var row = index.RowOf(sampleIds[i]);
            if (row >= 0)
            {
                Mark(row, sampleDays[i], positiveDaysOf.TryGetValue((row, sampleDays[i]), out var pos) && pos);
            }
        }

        foreach (var ((row, day), positive) in positiveDaysOf)
        {
            Mark(row, day, positive);
        }

        var words = ImmutableArray.CreateBuilder<string>(n);
        var chars = new char[weeks];
        for (var r = 0; r < n; r++)
        {
            for (var w = 0; w < weeks; w++)
            {
                chars[w] = state[(r * weeks) + w] switch
                {
                    0 => 'o',
                    1 => '-',
                    2 => '+',
                    _ => '*',
                };
            }

            words.Add(new string(chars));
        }

        return new UdsWords(index.Patients, index.Groups, words.MoveToImmutable(), options);
    }
}
