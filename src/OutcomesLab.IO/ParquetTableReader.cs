using System.Collections.Immutable;
using OutcomesLab.IO.Internal;

namespace OutcomesLab.IO;

/// <summary>
/// Reads a cohort table from an Apache Parquet file with Parquet.Net (a fully managed reader). The
/// column kinds come from the file's schema instead of being inferred from text: integer types are
/// <see cref="ColumnKind.Integer"/>, floating-point and decimal types <see cref="ColumnKind.Number"/>,
/// strings <see cref="ColumnKind.Text"/>, booleans <see cref="ColumnKind.Boolean"/>, DATE
/// <see cref="ColumnKind.Date"/>, TIMESTAMP <see cref="ColumnKind.DateTime"/>; nulls (and NaN, which the
/// CSV reader treats as missing too) are missing values. A Parquet file has no lines, so
/// <see cref="CohortTable.SourceLines"/> holds 1-based row numbers and messages say "row".
/// </summary>
public static class ParquetTableReader
{
    /// <summary>Loads every row group of a Parquet file into typed columns.</summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="dateOrigin">Whether numeric columns used as dates are Excel serial numbers (CLI <c>--date-origin</c>), as for CSV input.</param>
    /// <returns>The table; its <see cref="CohortTable.Format"/> is <see cref="TableFileFormat.Parquet"/>.</returns>
    /// <exception cref="InputException">The file is missing, unreadable, not Parquet, has no columns or no rows, or has a column of a type that cannot be analysed (nested, list, binary, time of day).</exception>
    public static CohortTable ReadTable(string path, DateOrigin dateOrigin = DateOrigin.None)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ProblemCollector(path, 1);
        using var stream = TableLoader.Open(path, problems);
        using var file = ParquetFile.Open(stream, path, problems);
        var rows = checked((int)file.RowCount);
        if (file.Fields.Length == 0 || rows == 0)
        {
            throw problems.Throw(null, null, "a Parquet file with at least one column and one row", file.Fields.Length == 0 ? "no columns" : "no rows", "Write the table with its rows, or check that the right file is named.");
        }

        var builders = file.Fields.Select(f => new ParquetColumnValues(f, rows)).ToArray();
        for (var g = 0; g < file.RowGroupCount; g++)
        {
            using var group = file.OpenRowGroup(g);
            foreach (var b in builders)
            {
                b.Append(group);
            }
        }

        var columns = ImmutableArray.CreateBuilder<TableColumn>(builders.Length);
        var data = new ColumnData[builders.Length];
        for (var j = 0; j < builders.Length; j++)
        {
            (data[j], var kind, var missing) = builders[j].Finish();
            columns.Add(new TableColumn(builders[j].Name, j, kind, missing));
        }

        return new CohortTable(path, ',', dateOrigin == DateOrigin.None ? CsvReadOptions.Default : new CsvReadOptions { DateOrigin = dateOrigin }, columns.MoveToImmutable(), data, [.. Enumerable.Range(1, rows)], [], TableFileFormat.Parquet);
    }
}
