using System.Globalization;
using System.Net;
using System.Text;

namespace OutcomesLab.Reporting.Output;

/// <summary>
/// Writes the report as one self-contained HTML file: inline CSS, every figure embedded as an SVG
/// data URI with alt text and caption, tables as HTML tables; no script and no external URL.
/// </summary>
internal static class ReportHtmlWriter
{
    private const string Css =
        "body{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}" +
        "h1{font-size:1.7rem;margin-bottom:.3rem}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}" +
        "table{border-collapse:collapse;margin:.6rem 0 .3rem;font-size:.88rem}caption{text-align:left;font-weight:600;padding-bottom:.3rem}" +
        "th,td{padding:.22rem .6rem;white-space:pre-wrap;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}th{border-bottom:2px solid #444}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}" +
        "p.note{font-size:.8rem;color:#555;margin-top:0}figure{margin:1rem 0}figure img{max-width:100%;height:auto;border:0}figcaption{font-size:.85rem;color:#333}" +
        "ol.refs{font-size:.85rem}ul.warnings li{color:#8a4b00}.toc{font-size:.9rem}";

    /// <summary>Renders the document; <paramref name="svgs"/> maps figure names to their SVG bytes.</summary>
    public static string Render(ReportDocument doc, IReadOnlyDictionary<string, byte[]> svgs)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta name=\"generator\" content=\"OutcomesLab ").Append(E(ToolVersion.Current)).Append("\">\n");
        sb.Append("<title>").Append(E(doc.Title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h1>").Append(E(doc.Title)).Append("</h1>\n");
        if (doc.Description is not null)
        {
            sb.Append("<p>").Append(E(doc.Description)).Append("</p>\n");
        }

        sb.Append("<nav class=\"toc\"><ul>\n");
        foreach (var s in doc.Sections)
        {
            sb.Append("<li><a href=\"#").Append(E(s.Id)).Append("\">").Append(E(s.Title)).Append("</a></li>\n");
        }

        sb.Append("<li><a href=\"#methods\">Methods</a></li>\n");
        if (!doc.Warnings.IsEmpty)
        {
            sb.Append("<li><a href=\"#warnings\">Warnings</a></li>\n");
        }

        sb.Append("</ul></nav>\n");
        foreach (var s in doc.Sections)
        {
            sb.Append("<section id=\"").Append(E(s.Id)).Append("\">\n<h2>").Append(E(s.Title)).Append("</h2>\n");
            foreach (var p in s.Narrative)
            {
                sb.Append("<p>").Append(E(p)).Append("</p>\n");
            }

            foreach (var t in s.Tables)
            {
                Table(sb, t);
            }

            foreach (var f in s.Figures)
            {
                sb.Append("<figure id=\"fig-").Append(E(f.Name)).Append("\">\n<img src=\"data:image/svg+xml;base64,")
                    .Append(Convert.ToBase64String(svgs[f.Name]))
                    .Append("\" alt=\"").Append(E(f.Caption)).Append("\" width=\"")
                    .Append(f.Figure.PixelWidth.ToString(CultureInfo.InvariantCulture)).Append("\">\n<figcaption>")
                    .Append(E(f.Caption)).Append("</figcaption>\n</figure>\n");
            }

            sb.Append("</section>\n");
        }

        sb.Append("<section id=\"methods\">\n<h2>Methods</h2>\n");
        foreach (var p in doc.Methods.Paragraphs)
        {
            sb.Append("<p>").Append(E(p)).Append("</p>\n");
        }

        sb.Append("<h3>References</h3>\n<ol class=\"refs\">\n");
        foreach (var r in doc.Methods.References)
        {
            sb.Append("<li>").Append(E(r.Text)).Append("</li>\n");
        }

        sb.Append("</ol>\n</section>\n");
        if (!doc.Warnings.IsEmpty)
        {
            sb.Append("<section id=\"warnings\">\n<h2>Warnings</h2>\n<ul class=\"warnings\">\n");
            foreach (var w in doc.Warnings)
            {
                sb.Append("<li>").Append(E(w)).Append("</li>\n");
            }

            sb.Append("</ul>\n</section>\n");
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, ReportTable table)
    {
        sb.Append("<div class=\"table\" id=\"tab-").Append(E(table.Name)).Append("\">\n");
        sb.Append(TableRenderer.RenderHtml(table.Table));
        if (table.Note is not null)
        {
            sb.Append("<p class=\"note\">").Append(E(table.Note)).Append("</p>\n");
        }

        sb.Append("</div>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Renders one table as CSV (header row, then rows; RFC 4180 quoting), as written to tables/NAME.csv.</summary>
    public static string Csv(ReportTable table) => TableRenderer.Render([table.Table with { Title = "" }], OutputFormat.Csv);
}
