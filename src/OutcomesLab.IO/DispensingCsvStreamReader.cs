using System.Buffers.Text;
using System.Globalization;
using System.Text;
using OutcomesLab.IO.Internal;

namespace OutcomesLab.IO;

/// <summary>
/// Reads a dosing or dispensing CSV one record at a time for <see cref="Outcomes.StreamingEpisodeBuilder"/>,
/// with memory that does not grow with the file: a fixed byte buffer, span-based field splitting
/// and number parsing (invariant culture), the current patient's id and a small table of distinct
/// medication names. The file must be sorted by patient, then day, because only the current
/// patient is known; the first record out of order is an <see cref="InputException"/> naming the
/// file, line and column (the rule is shared with <see cref="DispensingParquetStreamReader"/>).
/// </summary>
/// <remarks>
/// <para>"Sorted by patient" means the patient ids, in the order they first appear, are strictly
/// ascending either numerically (when every id is a whole number, as <c>sort -n</c> or R's
/// <c>order</c> on an integer column) or ordinally by their UTF-8 bytes (Unicode code-point order,
/// as <c>LC_ALL=C sort</c> or R's <c>order(..., method = "radix")</c> on text); a file is accepted when
/// either holds, which guarantees every patient's records are adjacent. Days must not decrease within a patient.</para>
/// <para>The delimiter (comma, semicolon or tab) is the most frequent of the three in the header line;
/// a UTF-8 byte-order mark is skipped; fields may be quoted (<c>"a,b"</c>, <c>""</c> for a quote) but
/// not span lines. Empty, <c>NA</c> and <c>.</c> are missing: allowed for dose and medication only.
/// Blank lines are skipped.</para>
/// </remarks>
public sealed class DispensingCsvStreamReader : IDispensingRecordReader
{
    private const int MedicationCacheSize = 64;
    private readonly FileStream _file;
    private readonly DispensingStreamColumns _columns;
    private readonly byte _delimiter;
    private readonly int _idIndex;
    private readonly int _dayIndex;
    private readonly int _supplyIndex;
    private readonly int _doseIndex;
    private readonly int _medicationIndex;
    private readonly int _neededFields;
    private readonly List<(byte[] Bytes, string Text)> _medications = [];
    private readonly int[] _fieldStart;
    private readonly int[] _fieldLength;
    private byte[] _buffer = new byte[1 << 22];
    private byte[] _scratch = new byte[256];
    private readonly DispensingRecordOrder _order;
    private int _position;
    private int _end;
    private bool _eof;
    private long _line;
    private bool? _dates;

    private DispensingCsvStreamReader(FileStream file, string path, DispensingStreamColumns columns)
    {
        _file = file;
        _columns = columns;
        _order = new DispensingRecordOrder(path, columns, "line");
        Fill();
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _position = 3;
        }

        if (!NextLine(out var header))
        {
            throw new InputException(new InputProblem(path, 1, null, "a header row naming the columns", "an empty file", "Give a CSV whose first line names the columns."));
        }

        _delimiter = DetectDelimiter(header);
        var names = SplitHeader(header);
        _idIndex = _order.FindColumn(names, columns.Id, columns.IdOption, 1);
        _dayIndex = _order.FindColumn(names, columns.Day, columns.DayOption, 1);
        _supplyIndex = columns.DaysSupplied is null ? -1 : _order.FindColumn(names, columns.DaysSupplied, columns.DaysSuppliedOption, 1);
        _doseIndex = columns.Dose is null ? -1 : _order.FindColumn(names, columns.Dose, columns.DoseOption, 1);
        _medicationIndex = columns.Medication is null ? -1 : _order.FindColumn(names, columns.Medication, columns.MedicationOption, 1);
        _neededFields = Math.Max(Math.Max(_idIndex, _dayIndex), Math.Max(_supplyIndex, Math.Max(_doseIndex, _medicationIndex))) + 1;
        _fieldStart = new int[_neededFields];
        _fieldLength = new int[_neededFields];
    }

    /// <summary>Length of the file in bytes.</summary>
    public long Length => _file.Length;

    /// <summary>Bytes consumed so far (for progress).</summary>
    public long BytesRead => _file.Position - (_end - _position);

    /// <summary>Records read so far.</summary>
    public long Records { get; private set; }

    /// <summary>Line number (1 = header) of the current record.</summary>
    public long Line => _line;

    /// <summary>The line of the current record (1 = header), as <see cref="Line"/>.</summary>
    public long Position => _line;

    /// <summary>True when the current record is the first of a new patient.</summary>
    public bool IsNewPatient => _order.IsNewPatient;

    /// <summary>The current patient's id (one string per patient, not per record).</summary>
    public string PatientId => _order.PatientId;

    /// <summary>Study day of the current record (with fill dates, days from the patient's first fill).</summary>
    public int Day => _order.Day;

    /// <summary>
    /// True when the day column holds fill dates (ISO 8601 yyyy-MM-dd, decided on the first record): then
    /// <see cref="Day"/> counts days from the patient's first fill (day 0), as there is no index date.
    /// </summary>
    public bool DaysFromFirstFill => _dates == true;

    /// <summary>Days supplied by the current record (1 without a days-supplied column).</summary>
    public int DaysSupplied { get; private set; } = 1;

    /// <summary>Dose of the current record (NaN when missing or without a dose column).</summary>
    public double Dose { get; private set; } = double.NaN;

    /// <summary>Medication of the current record (null when missing or without a medication column); equal names share one string.</summary>
    public string? Medication { get; private set; }

    /// <summary>Opens a file and reads its header.</summary>
    /// <param name="path">The CSV file (never modified).</param>
    /// <param name="columns">The columns to read.</param>
    /// <returns>The reader, positioned before the first record.</returns>
    /// <exception cref="InputException">The header lacks a column.</exception>
    public static DispensingCsvStreamReader Open(string path, DispensingStreamColumns columns)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(columns);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            return new DispensingCsvStreamReader(file, path, columns);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next record.</summary>
    /// <returns>False at the end of the file.</returns>
    /// <exception cref="InputException">A value is invalid or the record is out of order.</exception>
    public bool Read()
    {
        ReadOnlySpan<byte> line;
        do
        {
            if (!NextLine(out line))
            {
                return false;
            }
        }
        while (IsBlank(line));

        if (line.Contains((byte)'"'))
        {
            line = Unquote(line);
        }
        else
        {
            Split(line);
        }

        var id = Trim(Field(line, _idIndex));
        var day = ParseDayOrDate(Trim(Field(line, _dayIndex)));
        DaysSupplied = _supplyIndex < 0 ? 1 : ParseDay(Trim(Field(line, _supplyIndex)), _columns.DaysSupplied!, "a whole number of days supplied >= 1");
        if (DaysSupplied < 1)
        {
            throw Problem(_columns.DaysSupplied!, "a whole number of days supplied >= 1", Text(Field(line, _supplyIndex)), "Drop records that supplied nothing.");
        }

        Dose = _doseIndex < 0 ? double.NaN : ParseDose(Trim(Field(line, _doseIndex)));
        Medication = _medicationIndex < 0 ? null : InternMedication(Trim(Field(line, _medicationIndex)));
        _order.Accept(id, day, _dates == true, _line);
        Records++;
        return true;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();

    private int ParseDay(ReadOnlySpan<byte> s, string column, string expected)
    {
        if (Utf8Parser.TryParse(s, out int v, out var used) && used == s.Length && s.Length > 0)
        {
            return v;
        }

        if (Utf8Parser.TryParse(s, out double d, out used) && used == s.Length && d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue)
        {
            return (int)d;
        }

        throw Problem(column, expected, Text(s), "Fix or drop the record; study days are whole numbers (day 0 or 1 = index), not dates.");
    }

    /// <summary>A study day, or with fill dates (decided on the first record) the date as days since 1970-01-01.</summary>
    private int ParseDayOrDate(ReadOnlySpan<byte> s)
    {
        if (_dates is null)
        {
            _dates = !(Utf8Parser.TryParse(s, out double _, out var used) && used == s.Length) && DateText.TryParse(Text(s), null, out _, out _);
        }

        if (_dates == false)
        {
            return ParseDay(s, _columns.Day, "a whole-number study day");
        }

        if (DateText.TryParse(Text(s), null, out var days, out _) && Math.Abs(days) < int.MaxValue)
        {
            return (int)Math.Floor(days);
        }

        throw Problem(_columns.Day, "a fill date (ISO 8601 yyyy-MM-dd, as on the first record)", Text(s), "Fix or drop the record; every record of the file must be a date when the first one is (episodes reads dates in ISO 8601 only: convert other layouts first).");
    }

    private double ParseDose(ReadOnlySpan<byte> s)
    {
        if (IsMissing(s))
        {
            return double.NaN;
        }

        if (Utf8Parser.TryParse(s, out double d, out var used) && used == s.Length && double.IsFinite(d) && d >= 0)
        {
            return d;
        }

        throw Problem(_columns.Dose!, "a finite non-negative dose with '.' decimals, or empty/NA for missing", Text(s), "Fix the value or leave it empty.");
    }

    private string? InternMedication(ReadOnlySpan<byte> s)
    {
        if (IsMissing(s))
        {
            return null;
        }

        foreach (var (bytes, text) in _medications)
        {
            if (s.SequenceEqual(bytes))
            {
                return text;
            }
        }

        var name = Encoding.UTF8.GetString(s);
        if (_medications.Count < MedicationCacheSize)
        {
            _medications.Add((s.ToArray(), name));
        }

        return name;
    }

    private static bool IsMissing(ReadOnlySpan<byte> s) => s.IsEmpty || s.SequenceEqual("NA"u8) || s.SequenceEqual("."u8);

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim((byte)' ').IsEmpty;

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s) => s.Trim(" \t"u8);

    private ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, int index) => line.Slice(_fieldStart[index], _fieldLength[index]);

    private void Split(ReadOnlySpan<byte> line)
    {
        var start = 0;
        for (var f = 0; f < _neededFields; f++)
        {
            if (start > line.Length)
            {
                throw TooFewFields(f);
            }

            var rest = line[start..];
            var cut = rest.IndexOf(_delimiter);
            var length = cut < 0 ? rest.Length : cut;
            _fieldStart[f] = start;
            _fieldLength[f] = length;
            start += length + 1;
        }
    }

    /// <summary>Slow path for lines with quotes: copies the unquoted fields into a scratch buffer and returns it.</summary>
    private ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> line)
    {
        if (_scratch.Length < line.Length)
        {
            _scratch = new byte[line.Length * 2];
        }

        var o = 0;
        var i = 0;
        for (var f = 0; f < _neededFields; f++)
        {
            if (i > line.Length)
            {
                throw TooFewFields(f);
            }

            _fieldStart[f] = o;
            if (i < line.Length && line[i] == (byte)'"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw Problem(null, "a closing quote on the same line", null, "Quoted fields cannot span lines when streaming; remove the line break inside the field.");
                    }

                    if (line[i] == (byte)'"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                        {
                            _scratch[o++] = (byte)'"';
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    _scratch[o++] = line[i++];
                }

                while (i < line.Length && line[i] != _delimiter)
                {
                    i++;
                }
            }
            else
            {
                while (i < line.Length && line[i] != _delimiter)
                {
                    _scratch[o++] = line[i++];
                }
            }

            _fieldLength[f] = o - _fieldStart[f];
            i++;
        }

        return _scratch.AsSpan(0, o);
    }

    private InputException TooFewFields(int found) =>
        Problem(null, Invariant($"at least {_neededFields} fields separated by '{(char)_delimiter}'"), Invariant($"{found} fields"), "Fix the line (a missing delimiter or a truncated file?).");

    private InputException Problem(string? column, string expected, string? found, string fix) =>
        _order.Problem(column, expected, found, fix, _line);

    private static string Text(ReadOnlySpan<byte> s) => Encoding.UTF8.GetString(s);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private bool NextLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var available = _buffer.AsSpan(_position, _end - _position);
            var nl = available.IndexOf((byte)'\n');
            if (nl >= 0 || (_eof && available.Length > 0))
            {
                var length = nl >= 0 ? nl : available.Length;
                line = available[..length];
                if (line.Length > 0 && line[^1] == (byte)'\r')
                {
                    line = line[..^1];
                }

                _position += nl >= 0 ? nl + 1 : length;
                _line++;
                return true;
            }

            if (_eof)
            {
                line = default;
                return false;
            }

            if (_position == 0 && _end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_position > 0)
        {
            _buffer.AsSpan(_position, _end - _position).CopyTo(_buffer);
            _end -= _position;
            _position = 0;
        }

        while (_end < _buffer.Length)
        {
            var n = _file.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0)
            {
                _eof = true;
                return;
            }

            _end += n;
        }
    }

    private static byte DetectDelimiter(ReadOnlySpan<byte> header)
    {
        var comma = header.Count((byte)',');
        var semicolon = header.Count((byte)';');
        var tab = header.Count((byte)'\t');
        return semicolon > comma && semicolon >= tab ? (byte)';' : tab > comma ? (byte)'\t' : (byte)',';
    }

    private List<string> SplitHeader(ReadOnlySpan<byte> header)
    {
        var names = new List<string>();
        foreach (var part in Encoding.UTF8.GetString(header).Split((char)_delimiter))
        {
            var name = part.Trim();
            names.Add(name.Length >= 2 && name[0] == '"' && name[^1] == '"' ? name[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : name);
        }

        return names;
    }
}
