using System.Text;

namespace OutcomesLab.Reporting.Output;

/// <summary>Writes the report as Markdown (report.md): GFM tables, figures referenced as figures/NAME.png, methods and warnings.</summary>
internal static class ReportMarkdownWriter
{
    /// <summary>Renders the document.</summary>
    public static string Render(ReportDocument doc)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(doc.Title).Append("\n\n");
        if (doc.Description is not null)
        {
            sb.Append(doc.Description).Append("\n\n");
        }

        foreach (var s in doc.Sections)
        {
            sb.Append("## ").Append(s.Title).Append("\n\n");
            foreach (var p in s.Narrative)
            {
                sb.Append(p).Append("\n\n");
            }

            foreach (var t in s.Tables)
            {
                sb.Append(TableRenderer.Render([t.Table], OutputFormat.Markdown)).Append('\n');
                if (t.Note is not null)
                {
                    sb.Append('*').Append(t.Note).Append("*\n\n");
                }
            }

            foreach (var f in s.Figures)
            {
                sb.Append("![").Append(f.Caption.Replace("]", "\\]", StringComparison.Ordinal)).Append("](figures/").Append(f.Name).Append(".png)\n\n");
                sb.Append('*').Append(f.Caption).Append("* ([SVG](figures/").Append(f.Name).Append(".svg))\n\n");
            }
        }

        sb.Append("## Methods\n\n");
        foreach (var p in doc.Methods.Paragraphs)
        {
            sb.Append(p).Append("\n\n");
        }

        sb.Append("### References\n\n");
        for (var i = 0; i < doc.Methods.References.Length; i++)
        {
            sb.Append((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(". ").Append(doc.Methods.References[i].Text).Append('\n');
        }

        if (!doc.Warnings.IsEmpty)
        {
            sb.Append("\n## Warnings\n\n");
            foreach (var w in doc.Warnings)
            {
                sb.Append("- ").Append(w).Append('\n');
            }
        }

        return sb.ToString();
    }
}
