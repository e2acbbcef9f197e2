using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// The LaTeX, HTML and Markdown renderers of <see cref="TableRenderer"/>. Expected strings are
/// written by hand from the LaTeX (booktabs) and HTML escaping rules, not produced by the renderer.
/// </summary>
public sealed class TableRendererTests
{
    private static readonly TextTable Sample = new(
        "Age & dose_mg: 50% <median>",
        ["arm", "n", "mean (SD)"],
        [["methadone_A", "<11", "41.2 (9.8)"], ["bup & \"nx\"", "12", "$5 {x} #1 ~ ^ \\ 'q'"]])
    {
        RightAligned = new HashSet<int> { 1, 2 },
    };

    [Fact]
    public void Latex_is_a_captioned_booktabs_table_with_special_characters_escaped()
    {
        var expected =
            "\\begin{table}[htbp]\n" +
            "\\centering\n" +
            "\\caption{Age \\& dose\\_mg: 50\\% \\textless{}median\\textgreater{}}\n" +
            "\\begin{tabular}{lrr}\n" +
            "\\toprule\n" +
            "arm & n & mean (SD) \\\\\n" +
            "\\midrule\n" +
            "methadone\\_A & \\textless{}11 & 41.2 (9.8) \\\\\n" +
            "bup \\& \"nx\" & 12 & \\$5 \\{x\\} \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} 'q' \\\\\n" +
            "\\bottomrule\n" +
            "\\end{tabular}\n" +
            "\\end{table}\n";
        Assert.Equal(expected, TableRenderer.RenderLatex(Sample));
    }

    [Fact]
    public void Html_fragment_has_caption_head_body_escaping_and_numeric_class()
    {
        var expected =
            "<table>\n" +
            "<caption>Age &amp; dose_mg: 50% &lt;median&gt;</caption>\n" +
            "<thead>\n" +
            "<tr><th>arm</th><th class=\"num\">n</th><th class=\"num\">mean (SD)</th></tr>\n" +
            "</thead>\n" +
            "<tbody>\n" +
            "<tr><td>methadone_A</td><td class=\"num\">&lt;11</td><td class=\"num\">41.2 (9.8)</td></tr>\n" +
            "<tr><td>bup &amp; &quot;nx&quot;</td><td class=\"num\">12</td><td class=\"num\">$5 {x} #1 ~ ^ \\ &#39;q&#39;</td></tr>\n" +
            "</tbody>\n" +
            "</table>\n";
        var html = TableRenderer.RenderHtml(Sample);
        Assert.Equal(expected, html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_marks_right_aligned_columns_and_escapes_pipes()
    {
        var table = new TextTable("T", ["a|b", "n"], [["x|y", "3"]]) { RightAligned = new HashSet<int> { 1 } };
        Assert.Equal("### T\n\n| a\\|b | n |\n|---|---:|\n| x\\|y | 3 |\n", TableRenderer.RenderMarkdown(table));
    }

    [Fact]
    public void Empty_table_renders_header_only_in_every_format()
    {
        var empty = new TextTable("", ["level", "n"], []) { RightAligned = new HashSet<int> { 1 } };
        Assert.Equal("<table>\n<thead>\n<tr><th>level</th><th class=\"num\">n</th></tr>\n</thead>\n<tbody>\n</tbody>\n</table>\n", TableRenderer.RenderHtml(empty));
        Assert.Equal(
            "\\begin{table}[htbp]\n\\centering\n\\begin{tabular}{lr}\n\\toprule\nlevel & n \\\\\n\\midrule\n\\bottomrule\n\\end{tabular}\n\\end{table}\n",
            TableRenderer.RenderLatex(empty));
        Assert.Equal("| level | n |\n|---|---:|\n", TableRenderer.RenderMarkdown(empty));
    }

    [Fact]
    public void Short_rows_are_padded_to_the_header_width()
    {
        var table = new TextTable("", ["a", "b"], [["1"]]);
        Assert.Contains("<tr><td>1</td><td></td></tr>", TableRenderer.RenderHtml(table), StringComparison.Ordinal);
        Assert.Contains("1 &  \\\\", TableRenderer.RenderLatex(table), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latex", "\\begin{tabular}")]
    [InlineData("tex", "\\toprule")]
    [InlineData("html", "<tbody>")]
    public void Global_format_option_accepts_latex_and_html(string format, string marker)
    {
        var (code, output, err) = CliRunner.Run("describe", "--input", RepositoryPaths.Combine("data", "addicts", "addicts.csv"), "--format", format);
        Assert.True(code == 0, err);
        Assert.Contains(marker, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_lists_the_new_choices()
    {
        var (code, _, err) = CliRunner.Run("describe", "--input", RepositoryPaths.Combine("data", "addicts", "addicts.csv"), "--format", "docx");
        Assert.Equal(2, code);
        Assert.Contains("latex, html", err, StringComparison.Ordinal);
    }
}
