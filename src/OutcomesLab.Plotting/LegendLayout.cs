using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>A legend strip above the plot: an optional title, then keys placed left to right from the data area's left edge, wrapping to new lines.</summary>
internal sealed class LegendLayout
{
    private const double SampleLength = 28;
    private readonly List<(LegendEntry Entry, double X, int Line)> _placed = [];
    private double _lineHeight;
    private string? _title;
    private double _titleX;

    public double Height { get; private set; }

    public static LegendLayout Arrange(IReadOnlyList<LegendEntry> entries, FigureStyle style, double left, double right, string? title = null)
    {
        var layout = new LegendLayout { _lineHeight = style.LineHeight };
        if (entries.Count == 0)
        {
            return layout;
        }

        var x = left;
        if (!string.IsNullOrWhiteSpace(title))
        {
            layout._title = title;
            layout._titleX = left;
            x += FigureStyle.Measure(title, style.FontSize) + 8;
        }

        var line = 0;
        foreach (var e in entries)
        {
            var w = SampleLength + 4 + FigureStyle.Measure(e.Label, style.FontSize);
            if (x > left && x + w > right && HasKeysOn(layout, line))
            {
                line++;
                x = left;
            }

            layout._placed.Add((e, x, line));
            x += w + 12;
        }

        layout.Height = ((line + 1) * style.LineHeight) + 2;
        return layout;
    }

    public Plot Draw(double width, FigureStyle style)
    {
        var plot = FigureStyle.TextPlot(width, Height);
        if (_title is not null)
        {
            FigureStyle.AddText(plot, _title, _titleX, -(0.5 * _lineHeight) - 1, Alignment.MiddleLeft, style.FontSize, Colors.Black);
        }

        foreach (var (entry, x, line) in _placed)
        {
            var y = -((line + 0.5) * _lineHeight) - 1;
            var sample = plot.Add.Line(x, y, x + SampleLength, y);
            sample.LineWidth = (float)style.CurveWidth;
            sample.LinePattern = entry.Pattern;
            sample.Color = entry.Color;
            sample.MarkerSize = 0;
            if (entry.Marker != MarkerShape.None)
            {
                var marker = plot.Add.Marker(x + (SampleLength / 2), y);
                marker.MarkerShape = entry.Marker;
                marker.MarkerSize = (float)FigureStyle.MarkerSize;
                marker.Color = entry.Color;
            }

            FigureStyle.AddText(plot, entry.Label, x + SampleLength + 4, y, Alignment.MiddleLeft, style.FontSize, Colors.Black);
        }

        return plot;
    }

    // A title alone on the first line never forces the first key to wrap.
    private static bool HasKeysOn(LegendLayout layout, int line) => layout._placed.Any(p => p.Line == line);
}
