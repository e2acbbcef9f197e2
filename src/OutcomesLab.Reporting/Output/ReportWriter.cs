using System.Collections.Immutable;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Output;

/// <summary>
/// Writes a run's report folder all-or-nothing: report.html (self-contained), report.md,
/// tables/NAME.csv and NAME.tex (booktabs, for the manuscript), figures/NAME.png and .svg (and .pdf, .eps, .tif as the plan's figures.formats asks), provenance.json.
/// </summary>
internal static class ReportWriter
{
    /// <summary>Renders and writes every file into the reserved folder <paramref name="output"/> (see <see cref="ReportOutputDirectory.Reserve"/>) and commits it; returns the relative paths written.</summary>
    public static ImmutableArray<string> Write(ReportResult result, ReportOutputDirectory output, Action<string>? progress = null)
    {
        var doc = ReportDocument.From(result);
        output.Begin();
        var written = new List<string>();
        var svgs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var section in result.Sections)
        {
            foreach (var t in section.Tables)
            {
                Add(output, written, $"tables/{t.Name}.csv", System.Text.Encoding.UTF8.GetBytes(ReportHtmlWriter.Csv(t)));
                Add(output, written, $"tables/{t.Name}.tex", System.Text.Encoding.UTF8.GetBytes(TableRenderer.RenderLatex(t.Table)));
            }

            foreach (var f in section.Figures)
            {
                progress?.Invoke(f.Name);
                var svg = f.Figure.ToSvg();
                svgs[f.Name] = svg;
                Add(output, written, $"figures/{f.Name}.svg", svg);
                Add(output, written, $"figures/{f.Name}.png", f.Figure.ToPng());
                foreach (var format in result.Plan.ExtraFigureFormats)
                {
                    Add(output, written, $"figures/{f.Name}.{Extension(format)}", f.Figure.Render(format));
                }
            }
        }

        output.WriteText("report.html", ReportHtmlWriter.Render(doc, svgs));
        written.Add("report.html");
        output.WriteText("report.md", ReportMarkdownWriter.Render(doc));
        written.Add("report.md");
        written.Add("provenance.json");
        output.WriteText("provenance.json", ReportProvenance.Render(result, written));
        output.Commit(written);
        return [.. written];
    }

    private static string Extension(FigureFormat format) => format switch
    {
        FigureFormat.Pdf => "pdf",
        FigureFormat.Eps => "eps",
        FigureFormat.Tiff => "tif",
        FigureFormat.Svg => "svg",
        _ => "png",
    };

    private static void Add(ReportOutputDirectory output, List<string> written, string relative, byte[] bytes)
    {
        output.Write(relative, bytes);
        written.Add(relative);
    }
}
