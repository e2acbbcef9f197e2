using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.Survival;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Retention in treatment from dosing or dispensing records: builds episodes
/// (<see cref="EpisodeBuilder"/>), takes per patient the first episode that runs on or after the
/// index day, and derives time in treatment with a dropout indicator, retained-at-day-D indicators,
/// continuity (NQF #3175: at least 180 days of continuous pharmacotherapy), days covered and the
/// proportion of days covered (PDC, Pharmacy Quality Alliance), plus the gap-sensitivity sweep.
/// </summary>
/// <remarks>
/// Definitions: retained at day D ⇔ the first episode still runs on index day + D (Hser et al.,
/// Addiction 2014: 24-week completion ⇔ last study dose on or after day 161, i.e. gap
/// <see cref="EpisodeGap.None"/> and D = 161). The dropout is observed when the episode's last
/// covered day plus the permissible gap (0 without a gap rule) falls before the end of observation
/// (data end or the patient's censoring day); otherwise the patient is censored at the last day in
/// treatment. With a planned end of treatment (<see cref="RetentionOptions.CompletionDay"/> D), a
/// patient whose first episode still runs on day D has completed: censored at the end of the episode
/// (capped at the horizon), not a dropout; without one, reaching the horizon completes. Records of
/// patients absent from the index are ignored.
/// </remarks>
public static class RetentionAnalysis
{
    /// <summary>Derives retention for every patient of <paramref name="index"/>.</summary>
    /// <param name="records">Dosing or dispensing records (patient-then-day order).</param>
    /// <param name="index">The cohort with index days, groups and censoring days.</param>
    /// <param name="options">Episode rules, horizon, reported days.</param>
    /// <returns>Per-patient arrays, group summaries and Kaplan–Meier curves.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static RetentionResult Analyze(DispensingRecords records, RetentionIndex index, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Horizon is < 1)
        {
            throw new ArgumentException(Text($"Horizon is {options.Horizon}: expected at least 1 day, or null for none."), nameof(options));
        }

        if (options.CompletionDay is < 1)
        {
            throw new ArgumentException(Text($"CompletionDay is {options.CompletionDay}: expected at least 1 day after the index day, or null for none."), nameof(options));
        }

        if (options.CompletionDay is { } planned && options.Horizon is { } cap && planned >= cap)
        {
            throw new ArgumentException(Text($"CompletionDay {planned} is not before the horizon {cap}: time in treatment is capped at {cap} days, so completion must fall on day {cap - 1} or earlier (Hser 2014: day 161 of a 168-day horizon)."), nameof(options));
        }

        if (options.RetainedAtDays.Any(d => d < 0) || options.ContinuityDays < 1)
        {
            throw new ArgumentException("RetainedAtDays must be 0 or more and ContinuityDays at least 1.", nameof(options));
        }

        var n = index.Count;
        var started = new bool[n];
        var time = new double[n];
        var dropout = new bool[n];
        var episodeEnd = new int?[n];
        var episodeCount = new int[n];
        var daysCovered = new int[n];
        var pdc = new double[n];
        var continuity = new bool[n];
        var maxDose = new double[n];
        Array.Fill(pdc, double.NaN);
        Array.Fill(maxDose, double.NaN);

        var shift = options.Episodes.Overlap == EpisodeOverlapRule.Shift;
        var dataEnd = options.DataEndDay ?? LastCoveredDay(records, shift);
        var spans = new List<EpisodeSpan>();
        var ignored = 0;
        var days = records.Days.AsSpan();
        for (var p = 0; p < records.Patients.Length; p++)
        {
            var row = index.RowOf(records.Patients[p]);
            if (row < 0)
            {
                ignored++;
                continue;
            }

            spans.Clear();
            var from = records.PatientStarts[p];
            var to = records.PatientStarts[p + 1];
            EpisodeBuilder.Scan(records, from, to, options.Episodes, spans);
            var indexDay = index.IndexDays[row];
            var observedEnd = Math.Min(dataEnd, index.CensorDays[row] ?? int.MaxValue);
            var windowLength = options.Horizon ?? (observedEnd - indexDay + 1);
            var windowEnd = indexDay + windowLength - 1;
            var firstAfter = -1;
            for (var k = 0; k < spans.Count; k++)
            {
                var s = spans[k];
                if (days[s.LastRow] >= indexDay && firstAfter < 0)
                {
                    firstAfter = k;
                }

                if (s.End >= indexDay)
                {
                    episodeCount[row]++;
                }
            }

            if (windowLength > 0)
            {
                daysCovered[row] = CoveredDaysIn(records, from, to, indexDay, windowEnd, shift);
                pdc[row] = (double)daysCovered[row] / windowLength;
            }

            for (var i = from; i < to; i++)
            {
                if (records.HasDoses && days[i] >= indexDay && (options.Horizon is null || days[i] <= windowEnd)
                    && (double.IsNaN(maxDose[row]) || records.Doses[i] > maxDose[row]))
                {
                    maxDose[row] = records.Doses[i];
                }
            }

            if (firstAfter < 0)
            {
                continue;
            }

            var first = spans[firstAfter];
            started[row] = true;
            var endRel = first.End - indexDay;
            episodeEnd[row] = endRel;
            continuity[row] = endRel + 1 >= options.ContinuityDays;
            var t = (double)endRel + 1;
            var lastMedication = records.HasMedications ? records.Medications[first.LastRow] : null;
            var gap = options.Episodes.Gap.For(lastMedication) ?? 0;
            if (index.CensorDays[row] is { } c && first.End >= c)
            {
                t = c - indexDay + 1;
                dropout[row] = false;
            }
            else
            {
                dropout[row] = (long)first.End + gap < observedEnd;
            }

            if (options.Horizon is { } h && t >= h)
            {
                t = h;
                dropout[row] = false;
            }

            if (options.CompletionDay is { } completion && endRel >= completion)
            {
                dropout[row] = false;
            }

            time[row] = t;
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (ignored > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "not-in-index", Text($"{ignored} patient(s) with records are not in the index and were ignored.")));
        }

        var notStarted = started.Count(s => !s);
        if (notStarted > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Info,
                "not-started",
                Text($"{notStarted} patient(s) of the index have no record on or after their index day; they are {(options.IntentionToTreat ? "counted as not retained (intention to treat)" : "left out of n and the curves (use intention to treat to count them as not retained)")}.")));
        }

        var analysed = Enumerable.Range(0, n).Where(i => options.IntentionToTreat || started[i]).ToArray();
        var levels = Factor.DefaultOrder(index.Groups.Distinct(StringComparer.Ordinal));
        KaplanMeierResult km;
        if (analysed.Length > 0)
        {
            var sample = SurvivalSample.Create(
                [.. analysed.Select(i => time[i])],
                [.. analysed.Select(i => dropout[i])],
                [.. analysed.Select(i => index.Groups[i])],
                options: new SurvivalSampleOptions(levels));
            km = KaplanMeier.Fit(sample);
        }
        else
        {
            km = new KaplanMeierResult([], KaplanMeierOptions.Default, []);
        }

        var summaries = ImmutableArray.CreateBuilder<RetentionGroupSummary>();
        foreach (var level in levels)
        {
            var members = Enumerable.Range(0, n).Where(i => string.Equals(index.Groups[i], level, StringComparison.Ordinal)).ToArray();
            var nStarted = members.Count(i => started[i]);
            var nNot = members.Length - nStarted;
            var denominator = options.IntentionToTreat ? members.Length : nStarted;
            var retained = options.RetainedAtDays
                .Select(d =>
                {
                    var k = members.Count(i => episodeEnd[i] is { } e && e >= d);
                    return new RetentionRetainedAt(d, k, denominator == 0 ? double.NaN : (double)k / denominator);
                })
                .ToImmutableArray();
            var curve = km.Curves.FirstOrDefault(c => string.Equals(c.Group, level, StringComparison.Ordinal));
            var inAnalysis = members.Where(i => options.IntentionToTreat || started[i]).ToArray();
            var pdcs = inAnalysis.Select(i => pdc[i]).Where(double.IsFinite).ToArray();
            summaries.Add(new RetentionGroupSummary(
                level,
                nStarted,
                nNot,
                retained,
                curve?.Median.Time,
                inAnalysis.Count(i => dropout[i] || (options.IntentionToTreat && !started[i])),
                members.Count(i => continuity[i]),
                pdcs.Length == 0 ? double.NaN : pdcs.Average()));
        }

        if (options.IntentionToTreat)
        {
            foreach (var i in analysed)
            {
                if (!started[i])
                {
                    dropout[i] = true;
                }
            }
        }

        if (options.IntentionToTreat && notStarted > 0)
        {
            var sample = SurvivalSample.Create(
                [.. analysed.Select(i => time[i])],
                [.. analysed.Select(i => dropout[i])],
                [.. analysed.Select(i => index.Groups[i])],
                options: new SurvivalSampleOptions(levels));
            km = KaplanMeier.Fit(sample);
            for (var g = 0; g < summaries.Count; g++)
            {
                var curve = km.Curves.FirstOrDefault(c => string.Equals(c.Group, summaries[g].Group, StringComparison.Ordinal));
                summaries[g] = summaries[g] with { MedianDays = curve?.Median.Time };
            }
        }

        return new RetentionResult(
            index.Patients,
            index.Groups,
            [.. started],
            [.. time],
            [.. dropout],
            [.. episodeEnd],
            [.. episodeCount],
            [.. daysCovered],
            [.. pdc],
            [.. continuity],
            [.. maxDose],
            summaries.ToImmutable(),
            km,
            EpisodeBuilder.Build(records, options.Episodes),
            options,
            diagnostics.ToImmutable());
    }

    /// <summary>
    /// Runs the same retention analysis under several permissible gaps (e.g. 7, 14, 30 days and
    /// none), the sensitivity analysis retention studies are advised to report because published
    /// rates depend strongly on the gap chosen.
    /// </summary>
    /// <param name="records">Dosing or dispensing records.</param>
    /// <param name="index">The cohort.</param>
    /// <param name="gaps">The gap rules to compare, in the order to report them.</param>
    /// <param name="options">All other options (its gap is replaced by each of <paramref name="gaps"/>).</param>
    /// <returns>One row per gap and group, and the full result (with curves for a plot) per gap.</returns>
    public static RetentionGapSweepResult GapSweep(DispensingRecords records, RetentionIndex index, IReadOnlyList<EpisodeGap> gaps, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(options);
        if (gaps.Count == 0)
        {
            throw new ArgumentException("Give at least one gap rule to compare.", nameof(gaps));
        }

        var results = gaps.Select(g => Analyze(records, index, options with { Episodes = options.Episodes with { Gap = g } })).ToImmutableArray();
        var rows = results.SelectMany(r => r.Summaries.Select(s => new RetentionGapSweepRow(r.Options.Episodes.Gap, s))).ToImmutableArray();
        return new RetentionGapSweepResult(rows, results);
    }

    private static int LastCoveredDay(DispensingRecords records, bool shift)
    {
        var last = long.MinValue;
        for (var p = 0; p < records.Patients.Length; p++)
        {
            var supplyEnd = long.MinValue;
            for (var i = records.PatientStarts[p]; i < records.PatientStarts[p + 1]; i++)
            {
                supplyEnd = SupplyEnd(records, i, supplyEnd, shift);
                last = Math.Max(last, supplyEnd);
            }
        }

        return last == long.MinValue ? 0 : (int)Math.Min(last, int.MaxValue);
    }

    /// <summary>The last day supplied by record <paramref name="i"/>: with <paramref name="shift"/>, its supply starts after <paramref name="previousEnd"/> (the patient's supply so far, PQA), otherwise on its own day.</summary>
    private static long SupplyEnd(DispensingRecords records, int i, long previousEnd, bool shift)
    {
        var start = shift ? Math.Max(records.Days[i], previousEnd + 1) : records.Days[i];
        return Math.Max(previousEnd, start + records.DaysSupplied[i] - 1);
    }

    private static int CoveredDaysIn(DispensingRecords records, int from, int to, int windowStart, int windowEnd, bool shift)
    {
        var covered = 0;
        var coverEnd = windowStart - 1;
        var supplyEnd = long.MinValue;
        for (var i = from; i < to; i++)
        {
            var previous = supplyEnd;
            supplyEnd = SupplyEnd(records, i, previous, shift);
            var supplyStart = shift ? (int)Math.Max(records.Days[i], previous + 1) : records.Days[i];
            var a = Math.Max(supplyStart, coverEnd + 1);
            var b = (int)Math.Min(shift ? supplyEnd : records.Days[i] + records.DaysSupplied[i] - 1, windowEnd);
            if (b >= a)
            {
                covered += b - a + 1;
                coverEnd = b;
            }
        }

        return covered;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
