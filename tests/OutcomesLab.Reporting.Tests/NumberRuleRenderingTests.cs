using OutcomesLab.Formatting;
using OutcomesLab.Reporting.Rendering;
using Xunit;

namespace OutcomesLab.Reporting.Tests;

/// <summary>
/// Rule 4 of the number-formatting rule (<see cref="NumberStyle"/>): one negative estimate, −0.232,
/// as each output format writes it; expected strings written by hand from the rule.
/// </summary>
public sealed class NumberRuleRenderingTests
{
    private static readonly TextTable Table = new("Hedges' g", ["measure", "estimate", "95% CI"], [["g", NumberStyle.Estimate(-0.232374, 0), NumberStyle.Interval(-0.530659, 0.0665766, 0)]]);

    [Fact]
    public void Markdown_and_html_use_the_true_minus_sign()
    {
        Assert.Contains("| g | \u22120.232 | \u22120.531 to 0.0666 |", TableRenderer.RenderMarkdown(Table), StringComparison.Ordinal);
        Assert.Contains("<td>\u22120.232</td>", TableRenderer.RenderHtml(Table), StringComparison.Ordinal);
    }

    [Fact]
    public void Latex_sets_negative_numbers_in_math_mode() =>
        Assert.Contains("g & $-0.232$ & $-0.531$ to 0.0666 \\\\", TableRenderer.RenderLatex(Table), StringComparison.Ordinal);

    /// <summary>ASCII minus; a cell with words keeps the formula-injection quote (CsvCell.Format).</summary>
    [Fact]
    public void Csv_uses_plain_ascii_numbers() =>
        Assert.Equal("measure,estimate,95% CI\ng,-0.232,'-0.531 to 0.0666\n", TableRenderer.Render([Table with { Title = "" }], OutputFormat.Csv));
}
