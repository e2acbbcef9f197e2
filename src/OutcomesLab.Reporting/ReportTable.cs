
namespace OutcomesLab.Reporting;

/// <summary>A table of a report section: written as CSV and shown in the HTML and Markdown reports.</summary>
/// <param name="Name">File-name stem (lower-case letters, digits and hyphens), unique within the report.</param>
/// <param name="Table">The cells as text, already formatted (and suppressed, where the plan asks for it).</param>
public sealed record ReportTable(string Name, TextTable Table)
{
    /// <summary>A footnote printed under the table (abbreviations, suppression, the test used).</summary>
    public string? Note { get; init; }
}
