using System.Numerics;
using Parquet;
using Parquet.Schema;

namespace OutcomesLab.IO.Internal;

/// <summary>Accumulates one Parquet column, row group by row group, into the typed arrays of a <see cref="ColumnData"/>.</summary>
internal sealed class ParquetColumnValues
{
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateText.Epoch).DayNumber;

    private readonly DataField _field;
    private readonly ColumnKind _kind;
    private readonly double[]? _numbers;
    private readonly bool[]? _missing;
    private readonly string?[]? _texts;
    private int _count;

    public ParquetColumnValues(DataField field, int capacity)
    {
        _field = field;
        _kind = KindOf(field.ClrType);
        if (_kind is ColumnKind.Text or ColumnKind.Boolean)
        {
            _texts = new string?[capacity];
        }
        else
        {
            _numbers = new double[capacity];
            _missing = new bool[capacity];
        }
    }

    public string Name => _field.Name;

    public static bool IsSupported(Type type) => KindOrNull(type) is not null;

    /// <summary>Reads this column of one row group after the rows already read.</summary>
    public void Append(ParquetRowGroupReader group)
    {
        var n = checked((int)group.RowCount);
        var type = _field.ClrType;
        if (IsString(type))
        {
            var texts = new string?[n];
            group.ReadAsync(_field, texts.AsMemory(), null).AsTask().GetAwaiter().GetResult();
            texts.CopyTo(_texts!, _count);
        }
        else if (type == typeof(bool))
        {
            var values = Read<bool>(group, n);
            for (var i = 0; i < n; i++)
            {
                _texts![_count + i] = values[i] is { } b ? (b ? "TRUE" : "FALSE") : null;
            }
        }
        else if (type == typeof(DateOnly))
        {
            Store(Read<DateOnly>(group, n), d => d.DayNumber - EpochDayNumber);
        }
        else if (type == typeof(DateTime))
        {
            Store(Read<DateTime>(group, n), DateText.ToDays);
        }
        else
        {
            StoreNumbers(group, n, type);
        }

        _count += n;
    }

    public (ColumnData Data, ColumnKind Kind, int Missing) Finish()
    {
        if (_texts is not null)
        {
            var missingTexts = _texts.Count(t => t is null);
            var kind = _kind == ColumnKind.Boolean && missingTexts == _texts.Length ? ColumnKind.Text : _kind;
            return (new ColumnData(_texts), kind, missingTexts);
        }

        var missing = _missing!.Count(m => m);
        var mask = missing > 0 ? _missing : null;
        if (_kind is ColumnKind.Date or ColumnKind.DateTime)
        {
            return (new ColumnData(_numbers!, mask, _kind), _kind, missing);
        }

        // As the CSV reader: a column with no value at all is Number, not Integer.
        var numberKind = _kind == ColumnKind.Integer && missing < _numbers!.Length ? ColumnKind.Integer : ColumnKind.Number;
        return (new ColumnData(_numbers!, mask), numberKind, missing);
    }

    // Parquet.Net gives UTF-8 string columns the CLR type ReadOnlyMemory<char>, read as strings through its string overload.
    private static bool IsString(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    public static ColumnKind KindOf(Type type) => KindOrNull(type) ?? throw new ArgumentException($"Unsupported Parquet column type {type}.", nameof(type));

    private static ColumnKind? KindOrNull(Type type)
    {
        if (IsString(type))
        {
            return ColumnKind.Text;
        }

        if (type == typeof(bool))
        {
            return ColumnKind.Boolean;
        }

        if (type == typeof(DateOnly))
        {
            return ColumnKind.Date;
        }

        if (type == typeof(DateTime))
        {
            return ColumnKind.DateTime;
        }

        if (type == typeof(sbyte) || type == typeof(byte) || type == typeof(short) || type == typeof(ushort) || type == typeof(int) || type == typeof(uint) || type == typeof(long) || type == typeof(ulong))
        {
            return ColumnKind.Integer;
        }

        return type == typeof(float) || type == typeof(double) || type == typeof(decimal) ? ColumnKind.Number : null;
    }

    private void StoreNumbers(ParquetRowGroupReader group, int n, Type type)
    {
        if (type == typeof(sbyte)) { StoreNumber<sbyte>(group, n); }
        else if (type == typeof(byte)) { StoreNumber<byte>(group, n); }
        else if (type == typeof(short)) { StoreNumber<short>(group, n); }
        else if (type == typeof(ushort)) { StoreNumber<ushort>(group, n); }
        else if (type == typeof(int)) { StoreNumber<int>(group, n); }
        else if (type == typeof(uint)) { StoreNumber<uint>(group, n); }
        else if (type == typeof(long)) { StoreNumber<long>(group, n); }
        else if (type == typeof(ulong)) { StoreNumber<ulong>(group, n); }
        else if (type == typeof(float)) { StoreNumber<float>(group, n); }
        else if (type == typeof(decimal)) { StoreNumber<decimal>(group, n); }
        else { StoreNumber<double>(group, n); }
    }

    private void StoreNumber<T>(ParquetRowGroupReader group, int n)
        where T : struct, INumberBase<T>
        => Store(Read<T>(group, n), double.CreateTruncating);

    private void Store<T>(T?[] values, Func<T, double> toDouble)
        where T : struct
    {
        for (var i = 0; i < values.Length; i++)
        {
            // NaN is missing, as the CSV reader's default NA codes make it.
            if (values[i] is { } v && toDouble(v) is var d && !double.IsNaN(d))
            {
                _numbers![_count + i] = d;
            }
            else
            {
                _missing![_count + i] = true;
            }
        }
    }

    private T?[] Read<T>(ParquetRowGroupReader group, int n)
        where T : struct
    {
        var values = new T?[n];
        if (_field.IsNullable)
        {
            group.ReadAsync<T>(_field, values.AsMemory(), null).AsTask().GetAwaiter().GetResult();
        }
        else
        {
            var raw = new T[n];
            group.ReadAsync<T>(_field, raw.AsMemory(), null).AsTask().GetAwaiter().GetResult();
            for (var i = 0; i < n; i++)
            {
                values[i] = raw[i];
            }
        }

        return values;
    }
}
