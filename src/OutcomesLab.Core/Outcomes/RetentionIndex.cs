using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// The cohort of a retention or urine-screen analysis: one row per patient with the index day
/// from which time is counted (e.g. the randomisation day of a trial), an optional comparison
/// group, and an optional day after which the patient is no longer observed (death, transfer or
/// end of follow-up: censoring rather than dropout).
/// </summary>
public sealed class RetentionIndex
{
    private readonly Dictionary<string, int> _rowOf;

    private RetentionIndex(ImmutableArray<string> patients, ImmutableArray<int> indexDays, ImmutableArray<string> groups, ImmutableArray<int?> censorDays, Dictionary<string, int> rowOf)
    {
        Patients = patients;
        IndexDays = indexDays;
        Groups = groups;
        CensorDays = censorDays;
        _rowOf = rowOf;
    }

    /// <summary>Patient identifiers (unique).</summary>
    public ImmutableArray<string> Patients { get; }

    /// <summary>Index day of each patient (study day 0 of the analysis).</summary>
    public ImmutableArray<int> IndexDays { get; }

    /// <summary>Group label of each patient (<c>"all"</c> when no groups were given).</summary>
    public ImmutableArray<string> Groups { get; }

    /// <summary>Last observed study day of each patient (death, transfer, end of follow-up), or null when observed to the end of the data.</summary>
    public ImmutableArray<int?> CensorDays { get; }

    /// <summary>Number of patients.</summary>
    public int Count => Patients.Length;

    /// <summary>Validates the index table.</summary>
    /// <param name="patientIds">Unique patient identifiers.</param>
    /// <param name="indexDays">Index day per patient.</param>
    /// <param name="groups">Optional group per patient (no nulls).</param>
    /// <param name="censorDays">Optional last observed day per patient (null = to the end of the data).</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">A patient is listed twice, a value is missing, a censor day precedes the index day, or lengths differ.</exception>
    public static RetentionIndex Create(
        IReadOnlyList<string> patientIds,
        IReadOnlyList<int> indexDays,
        IReadOnlyList<string>? groups = null,
        IReadOnlyList<int?>? censorDays = null)
    {
        ArgumentNullException.ThrowIfNull(patientIds);
        ArgumentNullException.ThrowIfNull(indexDays);
        var n = patientIds.Count;
        if (indexDays.Count != n || (groups is not null && groups.Count != n) || (censorDays is not null && censorDays.Count != n))
        {
            throw new ArgumentException("patientIds, indexDays, groups and censorDays must have one value per patient.", nameof(indexDays));
        }

        var rowOf = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var id = patientIds[i] ?? throw new ArgumentException(Text($"patientIds[{i}] is null: expected a patient identifier."), nameof(patientIds));
            if (!rowOf.TryAdd(id, i))
            {
                throw new ArgumentException(Text($"patientIds[{i}] is \"{id}\", already listed at index {rowOf[id]}: expected one index row per patient. Filter the index table (e.g. to the first randomisation) first."), nameof(patientIds));
            }

            if (groups is not null && groups[i] is null)
            {
                throw new ArgumentException(Text($"groups[{i}] (patient \"{id}\") is missing: expected a group label. Drop patients without a group or give them one."), nameof(groups));
            }

            if (censorDays?[i] is { } c && c < indexDays[i])
            {
                throw new ArgumentException(Text($"censorDays[{i}] (patient \"{id}\") is day {c}, before the index day {indexDays[i]}: expected a censoring day on or after the index day."), nameof(censorDays));
            }
        }

        return new RetentionIndex(
            [.. patientIds],
            [.. indexDays],
            groups is null ? [.. Enumerable.Repeat("all", n)] : [.. groups],
            censorDays is null ? [.. new int?[n]] : [.. censorDays],
            rowOf);
    }

    /// <summary>
    /// Cohort entry by first fill, as claims and registry studies define it (e.g. the NQF #3175
    /// continuity measure: the index date is the first dispensing of a medication for opioid use
    /// disorder): every patient of the records enters on the day of their first record, grouped by the
    /// medication of that record (the initiating medication; "all" without medications, "unknown" where
    /// the first record has none).
    /// </summary>
    /// <param name="records">The dispensing records (already restricted to treatment medications).</param>
    /// <returns>One index row per patient, in the records' order.</returns>
    public static RetentionIndex FromFirstRecords(DispensingRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var starts = records.PatientStarts.Take(records.Patients.Length).ToArray();
        var days = starts.Select(s => records.Days[s]).ToArray();
        var groups = records.HasMedications ? starts.Select(s => records.Medications[s] ?? "unknown").ToArray() : null;
        return Create(records.Patients, days, groups);
    }

    /// <summary>The row of <paramref name="patientId"/>, or -1 when the patient is not in the index.</summary>
    /// <param name="patientId">The patient identifier.</param>
    /// <returns>Zero-based row, or -1.</returns>
    public int RowOf(string patientId) => _rowOf.TryGetValue(patientId, out var r) ? r : -1;

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
