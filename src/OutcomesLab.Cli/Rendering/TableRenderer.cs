using System.Text;

namespace OutcomesLab.Cli.Rendering;

/// <summary>Renders <see cref="TextTable"/>s for the table, markdown and csv output formats.</summary>
internal static class TableRenderer
{
    public static string Render(IReadOnlyList<TextTable> tables, OutputFormat format)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < tables.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            switch (format)
            {
                case OutputFormat.Markdown:
                    Markdown(sb, tables[i]);
                    break;
                case OutputFormat.Csv:
                    Csv(sb, tables[i], includeTitleColumn: tables.Count > 1);
                    break;
                default:
                    Text(sb, tables[i]);
                    break;
            }
        }

        return sb.ToString();
    }

    private static void Text(StringBuilder sb, TextTable table)
    {
        var widths = Widths(table);
        if (table.Title.Length > 0)
        {
            sb.Append(table.Title).Append('\n');
        }

        AppendTextRow(sb, table.Headers, widths, table.RightAligned);
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in table.Rows)
        {
            AppendTextRow(sb, row, widths, table.RightAligned);
        }
    }

    private static void AppendTextRow(StringBuilder sb, IReadOnlyList<string> cells, int[] widths, IReadOnlySet<int> right)
    {
        var parts = new string[widths.Length];
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < cells.Count ? cells[c] : "";
            parts[c] = right.Contains(c) ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]);
        }

        sb.Append(string.Join("  ", parts).TrimEnd()).Append('\n');
    }

    private static int[] Widths(TextTable table)
    {
        var widths = table.Headers.Select(h => h.Length).ToArray();
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < Math.Min(row.Count, widths.Length); c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        return widths;
    }

    private static void Markdown(StringBuilder sb, TextTable table)
    {
        if (table.Title.Length > 0)
        {
            sb.Append("### ").Append(table.Title).Append("\n\n");
        }

        sb.Append("| ").Append(string.Join(" | ", table.Headers.Select(EscapeMarkdown))).Append(" |\n");
        sb.Append('|').Append(string.Concat(table.Headers.Select((_, c) => table.RightAligned.Contains(c) ? "---:|" : "---|"))).Append('\n');
        foreach (var row in table.Rows)
        {
            sb.Append("| ").Append(string.Join(" | ", row.Select(EscapeMarkdown))).Append(" |\n");
        }
    }

    private static string EscapeMarkdown(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);

    private static void Csv(StringBuilder sb, TextTable table, bool includeTitleColumn)
    {
        IEnumerable<string> Prefix(string value) => includeTitleColumn ? [value] : [];
        sb.Append(string.Join(',', Prefix("table").Concat(table.Headers).Select(CsvField))).Append('\n');
        foreach (var row in table.Rows)
        {
            sb.Append(string.Join(',', Prefix(table.Title).Concat(row).Select(CsvField))).Append('\n');
        }
    }

    /// <summary>Quotes a CSV field when it holds a delimiter, quote or line break (RFC 4180).</summary>
    public static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
