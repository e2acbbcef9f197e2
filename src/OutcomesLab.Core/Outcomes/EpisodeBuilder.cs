using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Cuts dosing or dispensing records into treatment episodes by the permissible-gap rule, the
/// standard construction of treatment episodes from pharmacy data (e.g. the continuity measure
/// NQF #3175; Williams et al., "Development of a cascade of care for responding to the opioid
/// epidemic", Am J Drug Alcohol Abuse 2019): each record covers its day and the following
/// days supplied − 1 days; a record that starts more than <c>gap</c> uncovered days after the
/// coverage so far ends the current episode and opens a new one. Overlapping supplies are counted
/// once by default (<see cref="EpisodeOverlapRule.None"/>, no stock-piling) or carried forward within
/// the episode (<see cref="EpisodeOverlapRule.Shift"/>, the PQA convention), and with
/// <see cref="EpisodeSwitchRule.NewEpisode"/> a change of medication also opens a new episode.
/// </summary>
public static class EpisodeBuilder
{
    /// <summary>Builds every patient's episodes.</summary>
    /// <param name="records">The validated records.</param>
    /// <param name="options">Gap and switch rules.</param>
    /// <returns>The episodes as parallel arrays.</returns>
    public static EpisodeTable Build(DispensingRecords records, EpisodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        var patient = ImmutableArray.CreateBuilder<int>();
        var start = ImmutableArray.CreateBuilder<int>();
        var end = ImmutableArray.CreateBuilder<int>();
        var count = ImmutableArray.CreateBuilder<int>();
        var covered = ImmutableArray.CreateBuilder<int>();
        var medication = ImmutableArray.CreateBuilder<string?>();
        var maxDose = ImmutableArray.CreateBuilder<double>();
        var spans = new List<EpisodeSpan>();
        for (var p = 0; p < records.Patients.Length; p++)
        {
            spans.Clear();
            Scan(records, records.PatientStarts[p], records.PatientStarts[p + 1], options, spans);
            foreach (var s in spans)
            {
                patient.Add(p);
                start.Add(s.Start);
                end.Add(s.End);
                count.Add(s.LastRow - s.FirstRow + 1);
                covered.Add(s.CoveredDays);
                medication.Add(records.HasMedications ? records.Medications[s.FirstRow] : null);
                maxDose.Add(s.MaxDose);
            }
        }

        return new EpisodeTable(
            records.Patients,
            patient.ToImmutable(),
            start.ToImmutable(),
            end.ToImmutable(),
            count.ToImmutable(),
            covered.ToImmutable(),
            medication.ToImmutable(),
            maxDose.ToImmutable(),
            options);
    }

    /// <summary>Appends the episodes of the records in rows [<paramref name="from"/>, <paramref name="to"/>) (one patient) to <paramref name="into"/>.</summary>
    internal static void Scan(DispensingRecords records, int from, int to, EpisodeOptions options, List<EpisodeSpan> into)
    {
        if (from >= to)
        {
            return;
        }

        var days = records.Days.AsSpan();
        var supply = records.DaysSupplied.AsSpan();
        var doses = records.HasDoses ? records.Doses.AsSpan() : [];
        var meds = records.HasMedications ? records.Medications.AsSpan() : [];
        var first = from;
        var epStart = days[from];
        var coverEnd = days[from] + supply[from] - 1;
        var covered = supply[from];
        var maxDose = doses.IsEmpty ? double.NaN : doses[from];
        for (var i = from + 1; i < to; i++)
        {
            var previousMed = meds.IsEmpty ? null : meds[i - 1];
            var gap = options.Gap.For(previousMed);
            var uncovered = days[i] - coverEnd - 1;
            var switched = options.Switch == EpisodeSwitchRule.NewEpisode && !meds.IsEmpty
                && !string.Equals(previousMed, meds[i], StringComparison.OrdinalIgnoreCase);
            if (switched || (gap is { } g && uncovered > g))
            {
                into.Add(new EpisodeSpan(first, i - 1, epStart, coverEnd, covered, maxDose));
                first = i;
                epStart = days[i];
                coverEnd = days[i] + supply[i] - 1;
                covered = supply[i];
                maxDose = doses.IsEmpty ? double.NaN : doses[i];
                continue;
            }

            var recordEnd = options.Overlap == EpisodeOverlapRule.Shift && days[i] <= coverEnd
                ? coverEnd + supply[i]
                : days[i] + supply[i] - 1;
            if (recordEnd > coverEnd)
            {
                covered += recordEnd - Math.Max(coverEnd, days[i] - 1);
                coverEnd = recordEnd;
            }

            if (!doses.IsEmpty && (double.IsNaN(maxDose) || doses[i] > maxDose))
            {
                maxDose = doses[i];
            }
        }

        into.Add(new EpisodeSpan(first, to - 1, epStart, coverEnd, covered, maxDose));
    }
}
