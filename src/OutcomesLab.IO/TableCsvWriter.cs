using System.Text;

namespace OutcomesLab.IO;

/// <summary>
/// Writes a <see cref="CohortTable"/> back as comma-separated text with computed columns appended:
/// header row, one line per input row, fields as <see cref="CsvCell.Format"/> (RFC 4180 quoting, and
/// text that a spreadsheet would run as a formula prefixed with a single quote), LF line ends, missing values as empty fields, numbers in
/// invariant round-trip form (so <c>380.0</c> is written <c>380</c> and a decimal-comma input comes
/// out with decimal points).
/// </summary>
public static class TableCsvWriter
{
    /// <summary>The text of one cell as read: numbers in invariant round-trip form, text as is, null when missing.</summary>
    /// <param name="table">The table.</param>
    /// <param name="column">0-based column index.</param>
    /// <param name="row">0-based row index.</param>
    /// <returns>The cell text, or null.</returns>
    public static string? CellText(CohortTable table, int column, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Data[column].TextAt(row);
    }

    /// <summary>Renders the table with <paramref name="appended"/> columns after the input columns.</summary>
    /// <param name="table">The input table.</param>
    /// <param name="appended">Columns to append; each must have one value per row and a name not already used.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentException">A column has the wrong number of values or a duplicate name.</exception>
    public static string ToCsv(CohortTable table, IReadOnlyList<AppendedColumn> appended)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(appended);
        var names = new HashSet<string>(table.Columns.Select(c => c.Name), StringComparer.Ordinal);
        foreach (var a in appended)
        {
            if (a.Values.Count != table.RowCount)
            {
                throw new ArgumentException($"Appended column \"{a.Name}\" has {a.Values.Count} values for {table.RowCount} rows.", nameof(appended));
            }

            if (!names.Add(a.Name))
            {
                throw new ArgumentException($"Appended column \"{a.Name}\" already exists in {table.SourceFile}; rename the input column or the output column.", nameof(appended));
            }
        }

        var sb = new StringBuilder();
        var header = table.Columns.Select(c => c.Name).Concat(appended.Select(a => a.Name));
        sb.AppendJoin(',', header.Select(CsvCell.Format)).Append('\n');
        for (var r = 0; r < table.RowCount; r++)
        {
            for (var c = 0; c < table.Columns.Length; c++)
            {
                if (c > 0)
                {
                    sb.Append(',');
                }

                sb.Append(CsvCell.Format(CellText(table, c, r) ?? ""));
            }

            foreach (var a in appended)
            {
                sb.Append(',').Append(CsvCell.Format(a.Values[r] ?? ""));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
