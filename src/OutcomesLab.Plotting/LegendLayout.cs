using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>A legend strip above the plot: keys placed left to right from the data area's left edge, wrapping to new lines.</summary>
internal sealed class LegendLayout
{
    private const double SampleLength = 22;
    private readonly List<(LegendEntry Entry, double X, int Line)> _placed = [];
    private double _lineHeight;

    public double Height { get; private set; }

    public static LegendLayout Arrange(IReadOnlyList<LegendEntry> entries, FigureStyle style, double left, double right)
    {
        var layout = new LegendLayout { _lineHeight = style.LineHeight };
        if (entries.Count == 0)
        {
            return layout;
        }

        var x = left;
        var line = 0;
        foreach (var e in entries)
        {
            var w = SampleLength + 4 + FigureStyle.Measure(e.Label, style.FontSize);
            if (x > left && x + w > right)
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
        foreach (var (entry, x, line) in _placed)
        {
            var y = -((line + 0.5) * _lineHeight) - 1;
            var sample = plot.Add.Line(x, y, x + SampleLength, y);
            sample.LineWidth = (float)style.CurveWidth;
            sample.LinePattern = entry.Pattern;
            sample.Color = entry.Color;
            sample.MarkerSize = 0;
            FigureStyle.AddText(plot, entry.Label, x + SampleLength + 4, y, Alignment.MiddleLeft, style.FontSize, Colors.Black);
        }

        return plot;
    }
}
