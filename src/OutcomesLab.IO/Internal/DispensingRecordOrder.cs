using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace OutcomesLab.IO.Internal;

/// <summary>
/// The sortedness rule of the streaming dispensing readers (<see cref="DispensingCsvStreamReader"/>,
/// <see cref="DispensingParquetStreamReader"/>), in one place: each record's patient id (UTF-8 bytes) and
/// day are accepted in file order; patients must be strictly ascending numerically (every id a whole
/// number, as <c>sort -n</c>) or ordinally by UTF-8 bytes (<c>LC_ALL=C sort</c>), and days must not
/// decrease within a patient. With fill dates the day is counted from the patient's first fill (day 0).
/// The first record out of order is an <see cref="InputException"/> naming the file, line or row, and column.
/// </summary>
internal sealed class DispensingRecordOrder(string path, DispensingStreamColumns columns, string positionWord)
{
    private byte[] _patientBytes = new byte[64];
    private int _patientLength = -1;
    private long _patientNumber;
    private bool _patientIsNumber;
    private bool _ordinalSorted = true;
    private bool _numericSorted = true;
    private long _patientPosition;
    private int _previousDay;
    private long _previousPosition;
    private int _firstFill;
    private long _records;

    /// <summary>The current patient's id (one string per patient, not per record).</summary>
    public string PatientId { get; private set; } = "";

    /// <summary>True when the last accepted record is the first of a new patient.</summary>
    public bool IsNewPatient { get; private set; }

    /// <summary>Day of the last accepted record: the study day, or with dates days from the patient's first fill.</summary>
    public int Day { get; private set; }

    /// <summary>Whether <paramref name="id"/> differs from the current patient's (true before the first record).</summary>
    public bool IsNew(ReadOnlySpan<byte> id) => _patientLength < 0 || !id.SequenceEqual(_patientBytes.AsSpan(0, _patientLength));

    /// <summary>Accepts the next record, or throws when it is out of order.</summary>
    /// <param name="id">The patient id as UTF-8 (trimmed); empty is refused.</param>
    /// <param name="day">The study day, or with <paramref name="dates"/> the fill date as days since 1970-01-01.</param>
    /// <param name="dates">Whether the day column holds dates (then <see cref="Day"/> counts from the first fill).</param>
    /// <param name="position">The record's line (CSV) or row (Parquet), for messages.</param>
    public void Accept(ReadOnlySpan<byte> id, int day, bool dates, long position)
    {
        if (id.IsEmpty)
        {
            throw Problem(columns.Id, "a patient id", "", "Every record needs a patient; drop records without one.", position);
        }

        var previousDay = _records == 0 ? 0 : _previousDay;
        IsNewPatient = IsNew(id);
        if (IsNewPatient)
        {
            StartPatient(id, position);
            _firstFill = dates ? day : 0;
        }

        Day = day - _firstFill;
        if (!IsNewPatient && Day < previousDay)
        {
            throw Problem(
                columns.Day,
                Invariant($"days ascending within patient {PatientId} (previous record: {positionWord} {_previousPosition}, day {previousDay})"),
                Invariant($"patient {PatientId}, day {Day}"),
                Invariant($"This is the first record out of order. Sort the file by {columns.Id}, then {columns.Day}: streaming reads it in one pass holding only the current patient."),
                position);
        }

        _previousDay = Day;
        _previousPosition = position;
        _records++;
    }

    /// <summary>The index of the column named <paramref name="name"/> (ordinal, else ignoring case), or an input problem suggesting the closest name.</summary>
    /// <param name="names">The file's column names in order.</param>
    /// <param name="name">The column to find.</param>
    /// <param name="option">The option that named it, for the message.</param>
    /// <param name="position">The header line (CSV), or null (Parquet's schema).</param>
    public int FindColumn(IReadOnlyList<string> names, string name, string option, long? position)
    {
        var list = names.ToList();
        var i = list.FindIndex(n => string.Equals(n, name, StringComparison.Ordinal));
        if (i < 0)
        {
            i = list.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        }

        if (i >= 0)
        {
            return i;
        }

        var closest = NameSuggester.Closest(name, list);
        throw Problem(
            name,
            Invariant($"a column named {name} (from {option})"),
            null,
            (closest is null ? "" : Invariant($"Did you mean {closest}? ")) + "The columns are: " + string.Join(", ", names) + ".",
            position);
    }

    /// <summary>An input problem at <paramref name="position"/>, with the position named <c>line</c> or <c>row</c> as this file's.</summary>
    public InputException Problem(string? column, string expected, string? found, string fix, long? position) =>
        new(new InputProblem(path, position is { } p ? (int)Math.Min(p, int.MaxValue) : null, column, expected, found, fix) { PositionWord = positionWord });

    private void StartPatient(ReadOnlySpan<byte> id, long position)
    {
        var isNumber = Utf8Parser.TryParse(id, out long number, out var used) && used == id.Length && id.Length <= 18;
        if (_patientLength >= 0)
        {
            var previous = _patientBytes.AsSpan(0, _patientLength);
            _ordinalSorted &= previous.SequenceCompareTo(id) < 0;
            _numericSorted &= _patientIsNumber && isNumber && _patientNumber < number;
            if (!_ordinalSorted && !_numericSorted)
            {
                throw Problem(
                    columns.Id,
                    Invariant($"records grouped by patient, patients in ascending order (numeric when every id is a whole number, else by UTF-8 bytes) (previous patient: {PatientId}, first seen on {positionWord} {_patientPosition})"),
                    Invariant($"patient {Encoding.UTF8.GetString(id)}"),
                    Invariant($"This is the first record out of order. Sort the file by {columns.Id}, then {columns.Day} (e.g. LC_ALL=C sort -t, -k1,1 -k2,2n, or sort -k1,1n for numeric ids; in R d[order(d${columns.Id}, d${columns.Day}), ]): streaming reads it in one pass holding only the current patient."),
                    position);
            }
        }

        if (id.Length > _patientBytes.Length)
        {
            _patientBytes = new byte[Math.Max(id.Length, _patientBytes.Length * 2)];
        }

        id.CopyTo(_patientBytes);
        _patientLength = id.Length;
        _patientIsNumber = isNumber;
        _patientNumber = number;
        _patientPosition = position;
        PatientId = Encoding.UTF8.GetString(id);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
