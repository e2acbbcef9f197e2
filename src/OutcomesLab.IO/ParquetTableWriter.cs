using OutcomesLab.IO.Internal;
using Parquet;
using Parquet.Schema;

namespace OutcomesLab.IO;

/// <summary>
/// Writes a loaded table as a typed Apache Parquet file with Parquet.Net, keeping the kinds the CSV
/// reader inferred so that <see cref="ParquetTableReader.ReadTable"/> gives the same columns back:
/// <see cref="ColumnKind.Integer"/> as INT64, <see cref="ColumnKind.Number"/> as DOUBLE,
/// <see cref="ColumnKind.Boolean"/> as BOOLEAN, <see cref="ColumnKind.Text"/> as UTF-8 strings,
/// <see cref="ColumnKind.Date"/> as DATE and <see cref="ColumnKind.DateTime"/> as TIMESTAMP (microseconds,
/// not adjusted to UTC: the file's local times as written); every column is nullable, missing values are nulls.
/// </summary>
public static class ParquetTableWriter
{
    /// <summary>Rows per row group: the unit that streaming readers hold in memory at once.</summary>
    public const int RowGroupSize = 100_000;

    /// <summary>Writes the table to a stream (pass it to <see cref="AtomicFileWriter.Write"/> for a file).</summary>
    /// <param name="table">The table, e.g. from <see cref="CohortCsvReader.ReadTable"/>.</param>
    /// <param name="output">The stream to write to; left open.</param>
    /// <param name="rowGroupSize">Rows per row group (at least 1).</param>
    public static void Write(CohortTable table, Stream output, int rowGroupSize = RowGroupSize)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        var fields = table.Columns.Select(FieldFor).ToArray();
        var options = new ParquetOptions { UseDateOnlyTypeForDates = true };
        var writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), output, options, append: false).GetAwaiter().GetResult();
        try
        {
            for (var start = 0; start < table.RowCount || start == 0; start += rowGroupSize)
            {
                var count = Math.Min(rowGroupSize, table.RowCount - start);
                using var group = writer.CreateRowGroup();
                for (var j = 0; j < fields.Length; j++)
                {
                    ParquetColumnWriter.Write(group, fields[j], table.Columns[j].Kind, table.Data[j], start, count);
                }

                group.CompleteValidate();
            }
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static DataField FieldFor(TableColumn column) => column.Kind switch
    {
        ColumnKind.Integer => new DataField<long?>(column.Name),
        ColumnKind.Number => new DataField<double?>(column.Name),
        ColumnKind.Boolean => new DataField<bool?>(column.Name),
        ColumnKind.Date => new DataField<DateOnly?>(column.Name),
        ColumnKind.DateTime => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: false, unit: DateTimeTimeUnit.Micros, isNullable: true),
        _ => new DataField<string>(column.Name, true),
    };
}
