using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Validated long dosing or dispensing records (one row per dose given or prescription filled):
/// patient, integer study day, optional days supplied, dose and medication. The one input of
/// <see cref="EpisodeBuilder"/> and <see cref="RetentionAnalysis"/>, stored as parallel arrays
/// (no per-row objects) and read in one pass.
/// </summary>
/// <remarks>
/// Rows must be grouped by patient with non-decreasing days within a patient (the order of
/// <c>sort by patient, day</c>, as the CTN-0094 <c>treatment</c> table is distributed); the first row
/// that breaks this order is reported by <see cref="DispensingOrderException"/>.
/// </remarks>
public sealed class DispensingRecords
{
    private DispensingRecords(
        ImmutableArray<string> patients,
        ImmutableArray<int> patientStarts,
        ImmutableArray<int> days,
        ImmutableArray<int> daysSupplied,
        ImmutableArray<double> doses,
        ImmutableArray<string?> medications)
    {
        Patients = patients;
        PatientStarts = patientStarts;
        Days = days;
        DaysSupplied = daysSupplied;
        Doses = doses;
        Medications = medications;
    }

    /// <summary>The distinct patients in the order they appear.</summary>
    public ImmutableArray<string> Patients { get; }

    /// <summary>Row offset of each patient's first record, plus a final entry equal to <see cref="Count"/> (CSR layout).</summary>
    public ImmutableArray<int> PatientStarts { get; }

    /// <summary>Study day of each record.</summary>
    public ImmutableArray<int> Days { get; }

    /// <summary>Days of medication each record supplies (1 for a daily dose).</summary>
    public ImmutableArray<int> DaysSupplied { get; }

    /// <summary>Dose of each record (NaN when missing), or empty when no doses were given.</summary>
    public ImmutableArray<double> Doses { get; }

    /// <summary>Medication of each record (null when missing), or empty when no medication was given.</summary>
    public ImmutableArray<string?> Medications { get; }

    /// <summary>Number of records.</summary>
    public int Count => Days.Length;

    /// <summary>True when doses were supplied.</summary>
    public bool HasDoses => !Doses.IsDefaultOrEmpty;

    /// <summary>True when medications were supplied.</summary>
    public bool HasMedications => !Medications.IsDefaultOrEmpty;

    /// <summary>
    /// Validates records in patient-then-day order.
    /// </summary>
    /// <param name="patientIds">Patient identifier of each record (no nulls); all records of a patient must be adjacent.</param>
    /// <param name="days">Study day of each record, non-decreasing within a patient.</param>
    /// <param name="daysSupplied">Optional days supplied per record (integers &gt;= 1); null means one day per record (daily dosing).</param>
    /// <param name="doses">Optional dose per record (finite, non-negative, or NaN for missing).</param>
    /// <param name="medications">Optional medication per record (null for unknown).</param>
    /// <returns>The validated records.</returns>
    /// <exception cref="DispensingOrderException">A patient's records are not adjacent, or days decrease within a patient.</exception>
    /// <exception cref="ArgumentException">Lengths differ or a value is invalid; the message names the first offending index.</exception>
    public static DispensingRecords Create(
        IReadOnlyList<string> patientIds,
        IReadOnlyList<int> days,
        IReadOnlyList<int>? daysSupplied = null,
        IReadOnlyList<double>? doses = null,
        IReadOnlyList<string?>? medications = null)
    {
        ArgumentNullException.ThrowIfNull(patientIds);
        ArgumentNullException.ThrowIfNull(days);
        var n = patientIds.Count;
        CheckLength(nameof(days), days.Count, n);
        CheckLength(nameof(daysSupplied), daysSupplied?.Count, n);
        CheckLength(nameof(doses), doses?.Count, n);
        CheckLength(nameof(medications), medications?.Count, n);

        var patients = ImmutableArray.CreateBuilder<string>();
        var starts = ImmutableArray.CreateBuilder<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var dayArray = new int[n];
        var supply = new int[n];
        for (var i = 0; i < n; i++)
        {
            var id = patientIds[i] ?? throw new ArgumentException(Text($"patientIds[{i}] is null: expected a patient identifier. Drop records without a patient."), nameof(patientIds));
            if (i == 0 || !string.Equals(id, patientIds[i - 1], StringComparison.Ordinal))
            {
                if (!seen.Add(id))
                {
                    throw new DispensingOrderException(
                        Text($"Record {i} (patient \"{id}\") is out of order: patient \"{id}\" already had records before patient \"{patientIds[i - 1]}\". The records must be grouped by patient with days ascending; sort them by patient, then day."),
                        i,
                        nameof(patientIds));
                }

                patients.Add(id);
                starts.Add(i);
            }
            else if (days[i] < days[i - 1])
            {
                throw new DispensingOrderException(
                    Text($"Record {i} (patient \"{id}\", day {days[i]}) is out of order: it comes after day {days[i - 1]} of the same patient. The records must be grouped by patient with days ascending; sort them by patient, then day."),
                    i,
                    nameof(days));
            }

            dayArray[i] = days[i];
            var s = daysSupplied is null ? 1 : daysSupplied[i];
            if (s < 1)
            {
                throw new ArgumentException(Text($"daysSupplied[{i}] is {s}: expected a whole number of days >= 1. Drop records that supplied nothing."), nameof(daysSupplied));
            }

            supply[i] = s;
            if (doses is not null && (double.IsInfinity(doses[i]) || doses[i] < 0))
            {
                throw new ArgumentException(Text($"doses[{i}] is {doses[i].ToString("R", CultureInfo.InvariantCulture)}: expected a finite non-negative dose (NaN for missing)."), nameof(doses));
            }
        }

        starts.Add(n);
        return new DispensingRecords(
            patients.ToImmutable(),
            starts.ToImmutable(),
            ImmutableArray.Create(dayArray),
            ImmutableArray.Create(supply),
            doses is null ? [] : [.. doses],
            medications is null ? [] : [.. medications]);
    }

    private static void CheckLength(string name, int? count, int expected)
    {
        if (count is { } c && c != expected)
        {
            throw new ArgumentException(Text($"{name} has {c} values but patientIds has {expected}: expected one value per record."), name);
        }
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
