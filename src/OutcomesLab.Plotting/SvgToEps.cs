using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SkiaSharp;

namespace OutcomesLab.Plotting;

/// <summary>
/// Converts the SVG that Skia's SVG canvas writes for a figure into Encapsulated PostScript (EPSF-3.0, Adobe
/// Technical Note #5002; PostScript Language Reference, 3rd ed., level 2 operators only). It understands the
/// subset Skia emits: <c>g</c> with <c>clip-path</c>, <c>clipPath</c> of rectangles and paths, <c>rect</c>,
/// <c>path</c> (M, L, H, V, C, Q, Z, absolute and relative), <c>ellipse</c>/<c>circle</c>, and positioned
/// <c>text</c> (one x per glyph) with <c>translate</c>/<c>matrix</c>/<c>scale</c> transforms; fill and stroke
/// colours, stroke width, miter limit, joins, caps and dashes. PostScript has no transparency, so a
/// translucent fill (<c>fill-opacity</c>, e.g. confidence bands) is blended with the white page; where two bands
/// overlap, the later one covers the earlier one instead of mixing with it. Text is set with
/// <c>glyphshow</c> in the bundled font, embedded as a Type 42 subset (<see cref="Type42Font"/>).
/// </summary>
internal static partial class SvgToEps
{
    private const string RegularName = "LiberationSans-OutcomesLab";
    private const string BoldName = "LiberationSans-Bold-OutcomesLab";

    /// <summary>The EPS of <paramref name="svg"/>, a page of <paramref name="widthPt"/> × <paramref name="heightPt"/> points whose SVG user unit is <paramref name="pointsPerUnit"/> points.</summary>
    /// <param name="svg">Skia's SVG of the figure.</param>
    /// <param name="widthPt">Page width in points.</param>
    /// <param name="heightPt">Page height in points.</param>
    /// <param name="pointsPerUnit">Points per SVG user unit (0.75 for 96 units per inch).</param>
    public static byte[] Convert(byte[] svg, double widthPt, double heightPt, double pointsPerUnit)
    {
        XDocument doc;
        using (var stream = new MemoryStream(svg))
        {
            doc = XDocument.Load(stream, LoadOptions.None);
        }

        var root = doc.Root ?? throw new InvalidOperationException("The figure's SVG has no root element.");
        var clips = root.Descendants().Where(e => e.Name.LocalName == "clipPath" && e.Attribute("id") is not null)
            .ToDictionary(e => (string)e.Attribute("id")!, StringComparer.Ordinal);
        var writer = new Writer(clips);
        writer.Line(string.Create(CultureInfo.InvariantCulture, $"0 {Num(heightPt)} translate {Num(pointsPerUnit)} {Num(-pointsPerUnit)} scale"));
        foreach (var child in root.Elements())
        {
            writer.Element(child);
        }

        var ps = new StringBuilder();
        ps.Append("%!PS-Adobe-3.0 EPSF-3.0\n");
        ps.Append(CultureInfo.InvariantCulture, $"%%BoundingBox: 0 0 {(int)Math.Ceiling(widthPt - 1e-6)} {(int)Math.Ceiling(heightPt - 1e-6)}\n");
        ps.Append(CultureInfo.InvariantCulture, $"%%HiResBoundingBox: 0 0 {Num(widthPt)} {Num(heightPt)}\n");
        ps.Append("%%Creator: OutcomesLab\n%%LanguageLevel: 2\n%%DocumentData: Clean7Bit\n");
        var fonts = new List<(string Name, string File, SortedSet<ushort> Glyphs)>();
        if (writer.RegularGlyphs.Count > 0)
        {
            fonts.Add((RegularName, "LiberationSans-Regular.ttf", writer.RegularGlyphs));
        }

        if (writer.BoldGlyphs.Count > 0)
        {
            fonts.Add((BoldName, "LiberationSans-Bold.ttf", writer.BoldGlyphs));
        }

        if (fonts.Count > 0)
        {
            ps.Append("%%DocumentSuppliedResources: font ").Append(string.Join(' ', fonts.Select(f => f.Name))).Append('\n');
        }

        ps.Append("%%EndComments\n%%BeginProlog\n");
        foreach (var (name, file, glyphs) in fonts)
        {
            Type42Font.Write(ps, name, EmbeddedFontResolver.FontFile(file), glyphs);
        }

        ps.Append("%%EndProlog\n%%Page: 1 1\nsave\n");
        ps.Append(writer.Body);
        ps.Append("restore\nshowpage\n%%Trailer\n%%EOF\n");
        return Encoding.ASCII.GetBytes(ps.ToString());
    }

    internal static string Num(double v)
    {
        var r = Math.Round(v, 4);
        return (r == 0 ? 0 : r).ToString("0.####", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"[MmLlHhVvCcQqZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")]
    private static partial Regex PathToken();

    [GeneratedRegex(@"(\w+)\s*\(([^)]*)\)")]
    private static partial Regex TransformPart();

    [GeneratedRegex(@"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static double[] Numbers(string? text) =>
        text is null ? [] : [.. Number().Matches(text).Select(m => double.Parse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture))];

    private sealed class Writer(Dictionary<string, XElement> clips)
    {
        private readonly Dictionary<string, XElement> _clips = clips;

        public StringBuilder Body { get; } = new();

        public SortedSet<ushort> RegularGlyphs { get; } = [];

        public SortedSet<ushort> BoldGlyphs { get; } = [];

        public void Line(string text) => Body.Append(text).Append('\n');

        public void Element(XElement e)
        {
            switch (e.Name.LocalName)
            {
                case "g":
                    Group(e);
                    break;
                case "rect":
                case "path":
                case "ellipse":
                case "circle":
                    Shape(e);
                    break;
                case "text":
                    Text(e);
                    break;
                default:
                    // clipPath is used by reference; defs, title and desc draw nothing.
                    break;
            }
        }

        private void Group(XElement g)
        {
            Line("gsave");
            Transform(g);
            Clip(g);
            foreach (var child in g.Elements())
            {
                Element(child);
            }

            Line("grestore");
        }

        private void Clip(XElement e)
        {
            var reference = (string?)e.Attribute("clip-path");
            if (reference is null)
            {
                return;
            }

            var id = reference.Replace("url(#", string.Empty, StringComparison.Ordinal).TrimEnd(')').Trim();
            if (!_clips.TryGetValue(id, out var clip))
            {
                return;
            }

            // The union of the clip's shapes, intersected with the current clip.
            Line("newpath");
            foreach (var shape in clip.Elements())
            {
                var local = (string?)shape.Attribute("transform");
                if (local is not null)
                {
                    // A transformed clip shape: build its path in its own coordinates, keep the CTM outside.
                    Line("matrix currentmatrix");
                    Line(Matrix(local) + " concat");
                    Geometry(shape);
                    Line("setmatrix");
                }
                else
                {
                    Geometry(shape);
                }
            }

            Line(string.Equals((string?)clip.Attribute("clip-rule") ?? (string?)clip.Elements().FirstOrDefault()?.Attribute("clip-rule"), "evenodd", StringComparison.Ordinal) ? "eoclip newpath" : "clip newpath");
        }

        private void Transform(XElement e)
        {
            var t = (string?)e.Attribute("transform");
            if (t is not null)
            {
                Line(Matrix(t) + " concat");
            }
        }

        private static string Matrix(string transform)
        {
            double a = 1, b = 0, c = 0, d = 1, x = 0, y = 0;
            foreach (Match part in TransformPart().Matches(transform))
            {
                var v = Numbers(part.Groups[2].Value);
                double[] m = part.Groups[1].Value switch
                {
                    "matrix" when v.Length == 6 => v,
                    "translate" => [1, 0, 0, 1, v.ElementAtOrDefault(0), v.ElementAtOrDefault(1)],
                    "scale" => [v[0], 0, 0, v.Length > 1 ? v[1] : v[0], 0, 0],
                    "rotate" => Rotation(v),
                    _ => throw new InvalidOperationException($"The figure's SVG has a transform the EPS writer does not know: {part.Value}."),
                };

                // Compose: current × m (SVG lists transforms outermost first).
                (a, b, c, d, x, y) = ((a * m[0]) + (c * m[1]), (b * m[0]) + (d * m[1]), (a * m[2]) + (c * m[3]), (b * m[2]) + (d * m[3]), (a * m[4]) + (c * m[5]) + x, (b * m[4]) + (d * m[5]) + y);
            }

            return $"[{Num(a)} {Num(b)} {Num(c)} {Num(d)} {Num(x)} {Num(y)}]";
        }

        private static double[] Rotation(double[] v)
        {
            var r = v[0] * Math.PI / 180;
            var (cx, cy) = (v.ElementAtOrDefault(1), v.ElementAtOrDefault(2));
            var (cos, sin) = (Math.Cos(r), Math.Sin(r));
            return [cos, sin, -sin, cos, cx - (cos * cx) + (sin * cy), cy - (sin * cx) - (cos * cy)];
        }

        private void Shape(XElement e)
        {
            var fill = Colour((string?)e.Attribute("fill") ?? "black", (double?)e.Attribute("fill-opacity") ?? (double?)e.Attribute("opacity") ?? 1);
            var stroke = Colour((string?)e.Attribute("stroke") ?? "none", (double?)e.Attribute("stroke-opacity") ?? (double?)e.Attribute("opacity") ?? 1);
            if (fill is null && stroke is null)
            {
                return;
            }

            var transformed = e.Attribute("transform") is not null;
            if (transformed)
            {
                Line("gsave");
                Transform(e);
            }

            if (fill is not null)
            {
                Line("newpath");
                Geometry(e);
                Line(fill + (string.Equals((string?)e.Attribute("fill-rule"), "evenodd", StringComparison.Ordinal) ? " eofill" : " fill"));
            }

            if (stroke is not null)
            {
                Line("gsave newpath");
                Geometry(e);
                var width = (double?)e.Attribute("stroke-width") ?? 1;
                var style = new StringBuilder();
                style.Append(stroke).Append(' ').Append(Num(width)).Append(" setlinewidth ");
                style.Append(Num((double?)e.Attribute("stroke-miterlimit") ?? 4)).Append(" setmiterlimit ");
                style.Append((string?)e.Attribute("stroke-linejoin") switch { "round" => "1", "bevel" => "2", _ => "0" }).Append(" setlinejoin ");
                style.Append((string?)e.Attribute("stroke-linecap") switch { "round" => "1", "square" => "2", _ => "0" }).Append(" setlinecap ");
                var dashes = Numbers((string?)e.Attribute("stroke-dasharray"));
                style.Append('[').Append(string.Join(' ', dashes.Select(Num))).Append("] ").Append(Num((double?)e.Attribute("stroke-dashoffset") ?? 0)).Append(" setdash stroke grestore");
                Line(style.ToString());
            }

            if (transformed)
            {
                Line("grestore");
            }
        }

        // Appends the element's outline to the current path (no painting).
        private void Geometry(XElement e)
        {
            switch (e.Name.LocalName)
            {
                case "rect":
                    {
                        var x = (double?)e.Attribute("x") ?? 0;
                        var y = (double?)e.Attribute("y") ?? 0;
                        var w = (double?)e.Attribute("width") ?? 0;
                        var h = (double?)e.Attribute("height") ?? 0;
                        Line($"{Num(x)} {Num(y)} moveto {Num(x + w)} {Num(y)} lineto {Num(x + w)} {Num(y + h)} lineto {Num(x)} {Num(y + h)} lineto closepath");
                        break;
                    }

                case "ellipse":
                case "circle":
                    {
                        var cx = (double?)e.Attribute("cx") ?? 0;
                        var cy = (double?)e.Attribute("cy") ?? 0;
                        var rx = (double?)e.Attribute("rx") ?? (double?)e.Attribute("r") ?? 0;
                        var ry = (double?)e.Attribute("ry") ?? (double?)e.Attribute("r") ?? 0;
                        if (rx > 0 && ry > 0)
                        {
                            Line($"matrix currentmatrix {Num(cx)} {Num(cy)} translate {Num(rx)} {Num(ry)} scale 1 0 moveto 0 0 1 0 360 arc closepath setmatrix");
                        }

                        break;
                    }

                case "path":
                    PathData((string?)e.Attribute("d") ?? string.Empty);
                    break;
                default:
                    break;
            }
        }

        private void PathData(string d)
        {
            var tokens = PathToken().Matches(d).Select(m => m.Value).ToList();
            var sb = new StringBuilder();
            double x = 0, y = 0, startX = 0, startY = 0;
            var command = 'M';
            var i = 0;
            double Next() => double.Parse(tokens[i++], NumberStyles.Float, CultureInfo.InvariantCulture);
            while (i < tokens.Count)
            {
                if (char.IsLetter(tokens[i][0]))
                {
                    command = tokens[i++][0];
                    if (command is 'Z' or 'z')
                    {
                        sb.Append("closepath ");
                        (x, y) = (startX, startY);
                        continue;
                    }
                }

                var relative = char.IsLower(command);
                var (ox, oy) = relative ? (x, y) : (0.0, 0.0);
                switch (char.ToUpperInvariant(command))
                {
                    case 'M':
                        (x, y) = (ox + Next(), oy + Next());
                        (startX, startY) = (x, y);
                        sb.Append(Num(x)).Append(' ').Append(Num(y)).Append(" moveto ");
                        command = relative ? 'l' : 'L'; // further pairs are line-tos
                        break;
                    case 'L':
                        (x, y) = (ox + Next(), oy + Next());
                        sb.Append(Num(x)).Append(' ').Append(Num(y)).Append(" lineto ");
                        break;
                    case 'H':
                        x = ox + Next();
                        sb.Append(Num(x)).Append(' ').Append(Num(y)).Append(" lineto ");
                        break;
                    case 'V':
                        y = (relative ? y : 0) + Next();
                        sb.Append(Num(x)).Append(' ').Append(Num(y)).Append(" lineto ");
                        break;
                    case 'C':
                        {
                            var (x1, y1, x2, y2) = (ox + Next(), oy + Next(), ox + Next(), oy + Next());
                            (x, y) = (ox + Next(), oy + Next());
                            sb.Append(CultureInfo.InvariantCulture, $"{Num(x1)} {Num(y1)} {Num(x2)} {Num(y2)} {Num(x)} {Num(y)} curveto ");
                            break;
                        }

                    case 'Q':
                        {
                            // A quadratic Bézier as the cubic with control points 2/3 of the way to the quadratic's.
                            var (qx, qy) = (ox + Next(), oy + Next());
                            var (ex, ey) = (ox + Next(), oy + Next());
                            var (c1x, c1y) = (x + (2.0 / 3 * (qx - x)), y + (2.0 / 3 * (qy - y)));
                            var (c2x, c2y) = (ex + (2.0 / 3 * (qx - ex)), ey + (2.0 / 3 * (qy - ey)));
                            (x, y) = (ex, ey);
                            sb.Append(CultureInfo.InvariantCulture, $"{Num(c1x)} {Num(c1y)} {Num(c2x)} {Num(c2y)} {Num(x)} {Num(y)} curveto ");
                            break;
                        }

                    default:
                        throw new InvalidOperationException($"The figure's SVG has a path command the EPS writer does not know: {command}.");
                }

                if (sb.Length > 200)
                {
                    Body.Append(sb.ToString().TrimEnd()).Append('\n');
                    sb.Clear();
                }
            }

            if (sb.Length > 0)
            {
                Body.Append(sb.ToString().TrimEnd()).Append('\n');
            }
        }

        private void Text(XElement e)
        {
            var content = Whitespace().Replace(e.Value, " ").Trim();
            if (content.Length == 0)
            {
                return;
            }

            var fill = Colour((string?)e.Attribute("fill") ?? "black", (double?)e.Attribute("fill-opacity") ?? 1);
            if (fill is null)
            {
                return;
            }

            var bold = (string?)e.Attribute("font-weight") is { } w && (w == "bold" || (int.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight) && weight >= 600));
            var size = (double?)e.Attribute("font-size") ?? 12;
            var xs = Numbers((string?)e.Attribute("x"));
            var ys = Numbers((string?)e.Attribute("y"));
            using var font = new SKFont(EmbeddedFontResolver.Typeface(bold), (float)size);
            var glyphs = font.GetGlyphs(content);
            var set = bold ? BoldGlyphs : RegularGlyphs;
            Line("gsave");
            Transform(e);
            Line(fill);

            // The user space is y-down, so the font matrix flips the glyphs back upright.
            Line($"/{(bold ? BoldName : RegularName)} findfont [{Num(size)} 0 0 {Num(-size)} 0 0] makefont setfont");
            var sb = new StringBuilder();
            var perGlyph = xs.Length == glyphs.Length;
            for (var k = 0; k < glyphs.Length; k++)
            {
                set.Add(glyphs[k]);
                if (k == 0 || perGlyph)
                {
                    var x = xs.ElementAtOrDefault(perGlyph ? k : 0);
                    var y = ys.Length > k ? ys[k] : ys.ElementAtOrDefault(0);
                    sb.Append(Num(x)).Append(' ').Append(Num(y)).Append(" moveto ");
                }

                sb.Append('/').Append(Type42Font.GlyphName(glyphs[k])).Append(" glyphshow ");
                if (sb.Length > 200)
                {
                    Body.Append(sb.ToString().TrimEnd()).Append('\n');
                    sb.Clear();
                }
            }

            if (sb.Length > 0)
            {
                Body.Append(sb.ToString().TrimEnd()).Append('\n');
            }

            Line("grestore");
        }

        // "r g b setrgbcolor" for an SVG colour (blended with white by its opacity), or null for none.
        private static string? Colour(string value, double opacity)
        {
            value = value.Trim();
            if (value is "none" or "transparent" || opacity <= 0)
            {
                return null;
            }

            var rgb = value.ToUpperInvariant() switch
            {
                "BLACK" => (0, 0, 0),
                "WHITE" => (255, 255, 255),
                "RED" => (255, 0, 0),
                "GREEN" => (0, 128, 0),
                "BLUE" => (0, 0, 255),
                "GRAY" or "GREY" => (128, 128, 128),
                var hex when hex.StartsWith('#') && hex.Length == 7 => (Hex(hex, 1), Hex(hex, 3), Hex(hex, 5)),
                var hex when hex.StartsWith('#') && hex.Length == 4 => (17 * Hex("#0" + hex[1], 1), 17 * Hex("#0" + hex[2], 1), 17 * Hex("#0" + hex[3], 1)),
                _ => throw new InvalidOperationException($"The figure's SVG has a colour the EPS writer does not know: {value}."),
            };
            var a = Math.Min(1, opacity);
            double Blend(int c) => ((a * c) + ((1 - a) * 255)) / 255;
            return $"{Num(Blend(rgb.Item1))} {Num(Blend(rgb.Item2))} {Num(Blend(rgb.Item3))} setrgbcolor";
        }

        private static int Hex(string s, int at) => int.Parse(s.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }
}
