using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// The episode construction of <see cref="EpisodeBuilder"/> (permissible-gap rule; Williams et al.,
/// Am J Drug Alcohol Abuse 2019; NQF #3175) as a one-record-at-a-time state machine for files too
/// large to hold in memory: it keeps only the open episode of the current patient (a handful of
/// numbers), so memory does not grow with the number of records or patients. Feeding the records
/// of <see cref="DispensingRecords"/> in order gives exactly the episodes of
/// <see cref="EpisodeBuilder.Build"/> with the same <see cref="EpisodeOptions"/>.
/// </summary>
/// <remarks>
/// Call <see cref="StartPatient"/> before each patient's first record, <see cref="Add"/> for each record
/// (days non-decreasing), and <see cref="EndPatient"/> after the last one. <see cref="Add"/> and
/// <see cref="EndPatient"/> hand back an episode when one is complete, so nothing is allocated per record.
/// </remarks>
public sealed class StreamingEpisodeBuilder
{
    private readonly EpisodeOptions _options;
    private readonly bool _newEpisodeOnSwitch;
    private long _patient = -1;
    private bool _open;
    private int _records;
    private int _start;
    private int _coverEnd;
    private int _covered;
    private int _lastDay;
    private double _maxDose;
    private string? _firstMedication;
    private string? _previousMedication;

    /// <summary>Creates the stream.</summary>
    /// <param name="options">Gap and switch rules, as for <see cref="EpisodeBuilder.Build"/>.</param>
    public StreamingEpisodeBuilder(EpisodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _newEpisodeOnSwitch = options.Switch == EpisodeSwitchRule.NewEpisode;
    }

    /// <summary>Number of patients started so far.</summary>
    public long PatientCount => _patient + 1;

    /// <summary>Starts the next patient; the previous patient must have been ended with <see cref="EndPatient"/>.</summary>
    /// <exception cref="InvalidOperationException">The previous patient still has an open episode.</exception>
    public void StartPatient()
    {
        if (_open)
        {
            throw new InvalidOperationException("Call EndPatient for the previous patient before StartPatient.");
        }

        _patient++;
        _records = 0;
    }

    /// <summary>Adds the current patient's next record.</summary>
    /// <param name="day">Study day of the record (not before the patient's previous record).</param>
    /// <param name="daysSupplied">Days supplied (&gt;= 1; 1 for a daily dose).</param>
    /// <param name="dose">Dose, or NaN when missing or not given.</param>
    /// <param name="medication">Medication, or null when unknown or not given.</param>
    /// <param name="completed">The episode this record closed, when it returns true.</param>
    /// <returns>True when the record started a new episode and so completed the previous one.</returns>
    /// <exception cref="InvalidOperationException">No patient was started.</exception>
    /// <exception cref="DispensingOrderException">The day is before the patient's previous record.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Days supplied below 1, or a negative or infinite dose.</exception>
    public bool Add(int day, int daysSupplied, double dose, string? medication, out StreamedEpisode completed)
    {
        if (_patient < 0)
        {
            throw new InvalidOperationException("Call StartPatient before the first record.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(daysSupplied, 1);
        if (double.IsInfinity(dose) || dose < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dose), dose, "Expected a finite non-negative dose (NaN for missing).");
        }

        completed = default;
        if (!_open)
        {
            Open(day, daysSupplied, dose, medication);
            return false;
        }

        if (day < _lastDay)
        {
            throw new DispensingOrderException(string.Create(CultureInfo.InvariantCulture, $"Day {day} comes after day {_lastDay} of the same patient: records must be in day order within a patient; sort them by patient, then day."));
        }

        var gap = _options.Gap.For(_previousMedication);
        var uncovered = (long)day - _coverEnd - 1;
        var switched = _newEpisodeOnSwitch && !string.Equals(_previousMedication, medication, StringComparison.OrdinalIgnoreCase);
        if (switched || (gap is { } g && uncovered > g))
        {
            completed = Current(switched ? EpisodeEnding.Switch : EpisodeEnding.Gap);
            Open(day, daysSupplied, dose, medication);
            return true;
        }

        _records++;
        _lastDay = day;
        _previousMedication = medication;
        var recordEnd = _options.Overlap == EpisodeOverlapRule.Shift && day <= _coverEnd
            ? _coverEnd + daysSupplied
            : day + daysSupplied - 1;
        if (recordEnd > _coverEnd)
        {
            _covered += recordEnd - Math.Max(_coverEnd, day - 1);
            _coverEnd = recordEnd;
        }

        if (double.IsNaN(_maxDose) || dose > _maxDose)
        {
            _maxDose = dose;
        }

        return false;
    }

    /// <summary>Ends the current patient.</summary>
    /// <param name="last">The patient's last episode, when it returns true.</param>
    /// <returns>False when the patient had no records.</returns>
    public bool EndPatient(out StreamedEpisode last)
    {
        if (!_open)
        {
            last = default;
            return false;
        }

        last = Current(EpisodeEnding.LastRecord);
        _open = false;
        return true;
    }

    private StreamedEpisode Current(EpisodeEnding ending) =>
        new(_patient, _start, _coverEnd, _records, _covered, _firstMedication, _maxDose, ending);

    private void Open(int day, int daysSupplied, double dose, string? medication)
    {
        _open = true;
        _records = 1;
        _start = day;
        _lastDay = day;
        _coverEnd = day + daysSupplied - 1;
        _covered = daysSupplied;
        _maxDose = dose;
        _firstMedication = medication;
        _previousMedication = medication;
    }
}
