using System.Text;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Rendering;

/// <summary>Renders <see cref="TextTable"/>s for the table, markdown, csv, latex and html output formats.</summary>
internal static class TableRenderer
{
    /// <summary>The CSS class of right-aligned (numeric) header and data cells in HTML output.</summary>
    public const string HtmlNumericClass = "num";

    /// <summary>Renders several tables in one format, separated by a blank line.</summary>
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
                case OutputFormat.Latex:
                    Latex(sb, tables[i]);
                    break;
                case OutputFormat.Html:
                    Html(sb, tables[i]);
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

    /// <summary>
    /// One table as a GitHub-flavoured Markdown table (a <c>###</c> heading from the title when it is
    /// not empty; right-aligned columns marked <c>---:</c>; <c>|</c> in a cell escaped), for report
    /// writers that put tables into their own Markdown document.
    /// </summary>
    public static string RenderMarkdown(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        Markdown(sb, table);
        return sb.ToString();
    }

    /// <summary>
    /// One table as an HTML fragment: <c>&lt;table&gt;</c> with a <c>&lt;caption&gt;</c> (the title,
    /// when not empty), a <c>&lt;thead&gt;</c> header row and a <c>&lt;tbody&gt;</c>; every text is
    /// HTML-escaped; cells of right-aligned columns carry <c>class="num"</c>
    /// (<see cref="HtmlNumericClass"/>) for the page's style sheet to align. No inline style or script.
    /// </summary>
    public static string RenderHtml(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        Html(sb, table);
        return sb.ToString();
    }

    /// <summary>
    /// One table as a LaTeX <c>table</c> float holding a <c>\caption</c> (the title, when not empty)
    /// and a booktabs <c>tabular</c> (<c>\toprule</c>, <c>\midrule</c>, <c>\bottomrule</c>; right-aligned
    /// columns <c>r</c>, others <c>l</c>); LaTeX special characters in cells are escaped.
    /// </summary>
    public static string RenderLatex(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        Latex(sb, table);
        return sb.ToString();
    }

    private static void Html(StringBuilder sb, TextTable table)
    {
        sb.Append("<table>\n");
        if (table.Title.Length > 0)
        {
            sb.Append("<caption>").Append(EscapeHtml(table.Title)).Append("</caption>\n");
        }

        sb.Append("<thead>\n");
        AppendHtmlRow(sb, table.Headers, "th", table.Headers.Count, table.RightAligned);
        sb.Append("</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            AppendHtmlRow(sb, row, "td", table.Headers.Count, table.RightAligned);
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static void AppendHtmlRow(StringBuilder sb, IReadOnlyList<string> cells, string tag, int columns, IReadOnlySet<int> right)
    {
        sb.Append("<tr>");
        for (var c = 0; c < columns; c++)
        {
            sb.Append('<').Append(tag);
            if (right.Contains(c))
            {
                sb.Append(" class=\"").Append(HtmlNumericClass).Append('"');
            }

            sb.Append('>').Append(EscapeHtml(c < cells.Count ? cells[c] : "")).Append("</").Append(tag).Append('>');
        }

        sb.Append("</tr>\n");
    }

    /// <summary>Escapes the five HTML special characters (for text and attribute values).</summary>
    public static string EscapeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }

    private static void Latex(StringBuilder sb, TextTable table)
    {
        var columns = table.Headers.Count;
        sb.Append("\\begin{table}[htbp]\n\\centering\n");
        if (table.Title.Length > 0)
        {
            sb.Append("\\caption{").Append(EscapeLatex(table.Title)).Append("}\n");
        }

        sb.Append("\\begin{tabular}{");
        for (var c = 0; c < columns; c++)
        {
            sb.Append(table.RightAligned.Contains(c) ? 'r' : 'l');
        }

        sb.Append("}\n\\toprule\n");
        AppendLatexRow(sb, table.Headers, columns);
        sb.Append("\\midrule\n");
        foreach (var row in table.Rows)
        {
            AppendLatexRow(sb, row, columns);
        }

        sb.Append("\\bottomrule\n\\end{tabular}\n\\end{table}\n");
    }

    private static void AppendLatexRow(StringBuilder sb, IReadOnlyList<string> cells, int columns)
    {
        for (var c = 0; c < columns; c++)
        {
            if (c > 0)
            {
                sb.Append(" & ");
            }

            sb.Append(EscapeLatex(c < cells.Count ? cells[c] : ""));
        }

        sb.Append(" \\\\\n");
    }

    /// <summary>
    /// Escapes text for LaTeX text mode: the ten special characters (<c>\ &amp; % $ # _ { } ~ ^</c>),
    /// <c>&lt;</c> and <c>&gt;</c> (which the default OT1 font encoding prints as inverted marks, and
    /// which suppressed cells such as "&lt;11" need), and a few symbols statistics tables use
    /// (≥ ≤ ± × − ² χ) as math so that pdfLaTeX does not need extra Unicode set-up.
    /// </summary>
    public static string EscapeLatex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '\\' => "\\textbackslash{}",
                '&' => "\\&",
                '%' => "\\%",
                '$' => "\\$",
                '#' => "\\#",
                '_' => "\\_",
                '{' => "\\{",
                '}' => "\\}",
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '<' => "\\textless{}",
                '>' => "\\textgreater{}",
                '≥' => "$\\geq$",
                '≤' => "$\\leq$",
                '±' => "$\\pm$",
                '×' => "$\\times$",
                '−' => "$-$",
                '²' => "\\textsuperscript{2}",
                'χ' => "$\\chi$",
                '\n' or '\r' => " ",
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }

    private static void Csv(StringBuilder sb, TextTable table, bool includeTitleColumn)
    {
        IEnumerable<string> Prefix(string value) => includeTitleColumn ? [value] : [];
        sb.Append(string.Join(',', Prefix("table").Concat(table.Headers).Select(CsvCell.Format))).Append('\n');
        foreach (var row in table.Rows)
        {
            sb.Append(string.Join(',', Prefix(table.Title).Concat(row).Select(CsvCell.Format))).Append('\n');
        }
    }
}
