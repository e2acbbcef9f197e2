using System.Buffers.Text;
using System.Globalization;
using System.Text;
using OutcomesLab.IO.Internal;
using OutcomesLab.IO.Json;
using Parquet;
using Parquet.Schema;

namespace OutcomesLab.IO;

/// <summary>
/// Reads a dosing or dispensing Apache Parquet file one record at a time for
/// <see cref="Outcomes.StreamingEpisodeBuilder"/>, one row group at a time (Parquet.Net): only the needed
/// columns of the current row group are held, so memory is bounded by the largest row group, not the
/// file. Column types come from the schema: the patient id a string or integer column; the day an
/// integer or whole-valued floating-point study day, or a DATE or TIMESTAMP fill date (days since
/// 1970-01-01, floored, then counted from each patient's first fill as for ISO dates in a CSV); days
/// supplied integer or whole-valued; dose numeric (null or NaN = missing); medication string or integer
/// (null = missing). The sortedness rule and its messages are those of <see cref="DispensingCsvStreamReader"/>,
/// with 1-based rows instead of lines.
/// </summary>
public sealed class DispensingParquetStreamReader : IDispensingRecordReader
{
    private const int MedicationCacheSize = 64;
    private readonly Stream _stream;
    private readonly ParquetFile _file;
    private readonly DispensingStreamColumns _columns;
    private readonly DispensingRecordOrder _order;
    private readonly DataField _id;
    private readonly DataField _day;
    private readonly DataField? _supply;
    private readonly DataField? _dose;
    private readonly DataField? _medication;
    private readonly bool _dates;
    private readonly long _rows;
    private readonly Dictionary<string, string> _medications = new(StringComparer.Ordinal);
    private byte[] _idBytes = new byte[64];
    private string?[]? _idTexts;
    private long?[]? _idLongs;
    private ColumnData? _idNumbers;
    private ColumnData _days = new([]);
    private ColumnData? _supplies;
    private ColumnData? _doses;
    private ColumnData? _medicationValues;
    private int _group = -1;
    private int _groupRows;
    private int _index;
    private long _groupStart;

    private DispensingParquetStreamReader(Stream stream, ParquetFile file, string path, DispensingStreamColumns columns)
    {
        _stream = stream;
        _file = file;
        _columns = columns;
        _order = new DispensingRecordOrder(path, columns, "row");
        _rows = file.RowCount;
        var names = file.Fields.Select(f => f.Name).ToList();
        _id = Field(names, columns.Id, columns.IdOption, "a string or integer column of patient ids", k => k is ColumnKind.Text or ColumnKind.Integer);
        _day = Field(names, columns.Day, columns.DayOption, "an integer or floating-point column of study days, or a DATE or TIMESTAMP column of fill dates", k => k is ColumnKind.Integer or ColumnKind.Number or ColumnKind.Date or ColumnKind.DateTime);
        _dates = ParquetColumnValues.KindOf(_day.ClrType) is ColumnKind.Date or ColumnKind.DateTime;
        _supply = columns.DaysSupplied is null ? null : Field(names, columns.DaysSupplied, columns.DaysSuppliedOption, "an integer (or whole-valued floating-point) column of days supplied", k => k is ColumnKind.Integer or ColumnKind.Number);
        _dose = columns.Dose is null ? null : Field(names, columns.Dose, columns.DoseOption, "a numeric column of doses", k => k is ColumnKind.Integer or ColumnKind.Number);
        _medication = columns.Medication is null ? null : Field(names, columns.Medication, columns.MedicationOption, "a string or integer column of medication names", k => k is ColumnKind.Text or ColumnKind.Integer);
    }

    /// <summary>Length of the file in bytes.</summary>
    public long Length => _stream.Length;

    /// <summary>Bytes consumed so far, estimated as the share of rows read (a row group is read whole).</summary>
    public long BytesRead => _rows == 0 ? Length : (long)(Length * (double)Records / _rows);

    /// <summary>Records read so far.</summary>
    public long Records { get; private set; }

    /// <summary>1-based row of the current record in the file (across row groups).</summary>
    public long Row => _groupStart + _index + 1;

    /// <summary>The row of the current record, as <see cref="Row"/>.</summary>
    public long Position => Row;

    /// <summary>Number of row groups in the file.</summary>
    public int RowGroupCount => _file.RowGroupCount;

    /// <summary>Row groups read so far: a row group is read when its first record is, never ahead.</summary>
    public int RowGroupsRead => _group + 1;

    /// <summary>Rows held in memory: those of the current row group only (0 before the first record).</summary>
    public int BufferedRows => _groupRows;

    /// <summary>True when the current record is the first of a new patient.</summary>
    public bool IsNewPatient => _order.IsNewPatient;

    /// <summary>The current patient's id (one string per patient, not per record).</summary>
    public string PatientId => _order.PatientId;

    /// <summary>Day of the current record: the study day, or with a DATE/TIMESTAMP day column days from the patient's first fill.</summary>
    public int Day => _order.Day;

    /// <summary>True when the day column is a DATE or TIMESTAMP column: then <see cref="Day"/> counts days from the patient's first fill (day 0).</summary>
    public bool DaysFromFirstFill => _dates;

    /// <summary>Days supplied by the current record (1 without a days-supplied column).</summary>
    public int DaysSupplied { get; private set; } = 1;

    /// <summary>Dose of the current record (NaN when missing or without a dose column).</summary>
    public double Dose { get; private set; } = double.NaN;

    /// <summary>Medication of the current record (null when missing or without a medication column); equal names share one string.</summary>
    public string? Medication { get; private set; }

    /// <summary>Opens a Parquet file and checks that its schema has the columns, of usable types.</summary>
    /// <param name="path">The Parquet file (never modified).</param>
    /// <param name="columns">The columns to read.</param>
    /// <returns>The reader, positioned before the first record; no row group is read yet.</returns>
    /// <exception cref="InputException">The file is not Parquet, or a column is missing or of a type that cannot be read.</exception>
    public static DispensingParquetStreamReader Open(string path, DispensingStreamColumns columns)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(columns);
        var problems = new ProblemCollector(path, 1);
        var stream = TableLoader.Open(path, problems);
        ParquetFile? file = null;
        try
        {
            file = ParquetFile.Open(stream, path, problems);
            return new DispensingParquetStreamReader(stream, file, path, columns);
        }
        catch
        {
            file?.Dispose();
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next record, reading the next row group when the current one is used up.</summary>
    /// <returns>False at the end of the file.</returns>
    /// <exception cref="InputException">A value is invalid (null where a value is needed, not whole, out of range) or the record is out of order.</exception>
    public bool Read()
    {
        if (Records > 0)
        {
            _index++;
        }

        while (_group < 0 || _index >= _groupRows)
        {
            if (_group + 1 >= _file.RowGroupCount)
            {
                return false;
            }

            NextRowGroup();
        }

        var id = IdBytes(_index);
        var day = DayValue(_index);
        DaysSupplied = _supplies is null ? 1 : WholeNumber(_supplies, _index, _columns.DaysSupplied!, "a whole number of days supplied >= 1", "Fix or drop the record; days supplied are whole numbers.");
        if (DaysSupplied < 1)
        {
            throw Problem(_columns.DaysSupplied!, "a whole number of days supplied >= 1", Number(DaysSupplied), "Drop records that supplied nothing.");
        }

        Dose = _doses is null ? double.NaN : DoseValue(_index);
        Medication = _medicationValues is null ? null : MedicationValue(_index);
        _order.Accept(id, day, _dates, Row);
        Records++;
        return true;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        _file.Dispose();
        _stream.Dispose();
    }

    private void NextRowGroup()
    {
        _groupStart += _groupRows;
        _group++;
        _index = 0;

        // Drop the previous group's columns before reading the next, so at most one is held.
        _groupRows = 0;
        _idTexts = null;
        _idLongs = null;
        _idNumbers = null;
        _supplies = _doses = _medicationValues = null;
        using var group = _file.OpenRowGroup(_group);
        var rows = checked((int)group.RowCount);
        if (ParquetColumnValues.KindOf(_id.ClrType) == ColumnKind.Text)
        {
            _idTexts = Column(group, _id, rows).Texts;
        }
        else if (_id.ClrType == typeof(long))
        {
            _idLongs = new long?[rows];
            if (_id.IsNullable)
            {
                group.ReadAsync<long>(_id, _idLongs.AsMemory(), null).AsTask().GetAwaiter().GetResult();
            }
            else
            {
                var raw = new long[rows];
                group.ReadAsync<long>(_id, raw.AsMemory(), null).AsTask().GetAwaiter().GetResult();
                for (var i = 0; i < rows; i++)
                {
                    _idLongs[i] = raw[i];
                }
            }
        }
        else
        {
            // Integer types narrower than 64 bits are exact as doubles.
            _idNumbers = Column(group, _id, rows);
        }

        _days = Column(group, _day, rows);
        _supplies = _supply is null ? null : Column(group, _supply, rows);
        _doses = _dose is null ? null : Column(group, _dose, rows);
        _medicationValues = _medication is null ? null : Column(group, _medication, rows);
        _groupRows = rows;
    }

    private static ColumnData Column(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new ParquetColumnValues(field, rows);
        values.Append(group);
        return values.Finish().Data;
    }

    private ReadOnlySpan<byte> IdBytes(int i)
    {
        if (_idTexts is not null)
        {
            var text = _idTexts[i]?.Trim() ?? "";
            var n = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (n > _idBytes.Length)
            {
                _idBytes = new byte[Math.Max(n, _idBytes.Length * 2)];
            }

            return _idBytes.AsSpan(0, Encoding.UTF8.GetBytes(text, _idBytes));
        }

        long value;
        if (_idLongs is not null)
        {
            if (_idLongs[i] is not { } v)
            {
                return default;
            }

            value = v;
        }
        else
        {
            if (_idNumbers!.IsMissing(i))
            {
                return default;
            }

            value = (long)_idNumbers.Numbers![i];
        }

        Utf8Formatter.TryFormat(value, _idBytes, out var written);
        return _idBytes.AsSpan(0, written);
    }

    private int DayValue(int i)
    {
        if (_dates)
        {
            if (_days.IsMissing(i))
            {
                throw Problem(_columns.Day, "a fill date", "null", "Fix or drop the record; every record needs its fill date.");
            }

            var days = Math.Floor(_days.Numbers![i]);
            if (Math.Abs(days) >= int.MaxValue)
            {
                throw Problem(_columns.Day, "a fill date", _days.TextAt(i), "Fix or drop the record.");
            }

            return (int)days;
        }

        return WholeNumber(_days, i, _columns.Day, "a whole-number study day", "Fix or drop the record; study days are whole numbers (day 0 or 1 = index).");
    }

    private int WholeNumber(ColumnData data, int i, string column, string expected, string fix)
    {
        if (data.IsMissing(i))
        {
            throw Problem(column, expected, "null", fix);
        }

        var d = data.Numbers![i];
        if (d != Math.Floor(d) || Math.Abs(d) > int.MaxValue)
        {
            throw Problem(column, expected, Number(d), fix);
        }

        return (int)d;
    }

    private double DoseValue(int i)
    {
        if (_doses!.IsMissing(i))
        {
            return double.NaN;
        }

        var d = _doses.Numbers![i];
        if (!double.IsFinite(d) || d < 0)
        {
            throw Problem(_columns.Dose!, "a finite non-negative dose, or null for missing", Number(d), "Fix the value or write a null.");
        }

        return d;
    }

    private string? MedicationValue(int i)
    {
        var text = _medicationValues!.TextAt(i);
        if (text is null)
        {
            return null;
        }

        if (_medications.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (_medications.Count < MedicationCacheSize)
        {
            _medications[text] = text;
        }

        return text;
    }

    private DataField Field(List<string> names, string name, string option, string expected, Func<ColumnKind, bool> usable)
    {
        var field = _file.Fields[_order.FindColumn(names, name, option, null)];
        if (!usable(ParquetColumnValues.KindOf(field.ClrType)))
        {
            throw _order.Problem(field.Name, Invariant($"{expected} (from {option})"), Invariant($"a {TableDescriptionJson.KindName(ParquetColumnValues.KindOf(field.ClrType))} column"), "Write the column with that type (outcomeslab convert keeps the types a CSV reads as), or name another column.", null);
        }

        return field;
    }

    private InputException Problem(string column, string expected, string? found, string fix) => _order.Problem(column, expected, found, fix, Row);

    private static string Number(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
