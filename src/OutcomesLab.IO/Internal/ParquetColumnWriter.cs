using Parquet;
using Parquet.Schema;

namespace OutcomesLab.IO.Internal;

/// <summary>Writes one slice of a typed column into a Parquet row group.</summary>
internal static class ParquetColumnWriter
{
    private static readonly DateOnly Epoch = DateOnly.FromDateTime(DateText.Epoch);

    public static void Write(ParquetRowGroupWriter group, DataField field, ColumnKind kind, ColumnData data, int start, int count)
    {
        switch (kind)
        {
            case ColumnKind.Integer:
                Write(group, field, Slice(data, start, count, v => (long)v));
                break;
            case ColumnKind.Number:
                Write(group, field, Slice(data, start, count, v => v));
                break;
            case ColumnKind.Date:
                Write(group, field, Slice(data, start, count, v => Epoch.AddDays((int)Math.Floor(v))));
                break;
            case ColumnKind.DateTime:
                Write(group, field, Slice(data, start, count, DateText.FromDays));
                break;
            case ColumnKind.Boolean:
                var flags = new bool?[count];
                for (var i = 0; i < count; i++)
                {
                    flags[i] = data.Texts![start + i] is { } t && LogicalText.TryParse(t, out var b) ? b : null;
                }

                Write(group, field, flags);
                break;
            default:
                var texts = new string?[count];
                for (var i = 0; i < count; i++)
                {
                    texts[i] = data.TextAt(start + i);
                }

                group.WriteAsync(field, texts).GetAwaiter().GetResult();
                break;
        }
    }

    private static void Write<T>(ParquetRowGroupWriter group, DataField field, T?[] values)
        where T : struct
        => group.WriteAsync<T>(field, values.AsMemory()).GetAwaiter().GetResult();

    private static T?[] Slice<T>(ColumnData data, int start, int count, Func<double, T> convert)
        where T : struct
    {
        var values = new T?[count];
        for (var i = 0; i < count; i++)
        {
            var row = start + i;
            values[i] = data.IsMissing(row) ? null : convert(data.Numbers![row]);
        }

        return values;
    }
}
