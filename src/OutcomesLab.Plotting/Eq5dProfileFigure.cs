using System.Collections.Immutable;
using OutcomesLab.Outcomes;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// EQ-5D profile figures from an <see cref="Eq5dProfileResult"/>: for each dimension, one bar per group
/// stacked by the share at each level (Devlin, Parkin &amp; Browne 2010, <i>Health Econ</i> 19:886).
/// Levels use a sequential colour-blind-safe palette (ColorBrewer Blues; Harrower &amp; Brewer,
/// <i>Cartogr J</i> 2003;40:27), light for no problems and dark for extreme problems. Shares are the
/// result's; nothing is recomputed.
/// </summary>
public static class Eq5dProfileFigure
{
    private const double Margin = 4;
    private const double BarWidth = 0.8;
    private const double SwatchSize = 8;

    private static readonly ImmutableArray<Color> Blues5 = [Color.FromHex("#EFF3FF"), Color.FromHex("#BDD7E7"), Color.FromHex("#6BAED6"), Color.FromHex("#3182BD"), Color.FromHex("#08519C")];
    private static readonly ImmutableArray<Color> Blues3 = [Color.FromHex("#DEEBF7"), Color.FromHex("#9ECAE1"), Color.FromHex("#3182BD")];

    /// <summary>The plot model.</summary>
    /// <param name="profile">The profile result.</param>
    /// <param name="options">Scale and title; null for the defaults.</param>
    /// <returns>The model.</returns>
    public static Eq5dProfileModel Model(Eq5dProfileResult profile, Eq5dProfilePlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        options ??= new Eq5dProfilePlotOptions();
        if (profile.Groups.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The EQ-5D profile has no groups to draw.", nameof(profile));
        }

        var factor = options.Scale == SurvivalScale.Percent ? 100 : 1;
        var colors = profile.Levels == 3 ? Blues3 : Blues5;
        ImmutableArray<string> labels = profile.Levels == 3
            ? ["No problems", "Some problems", "Extreme problems"]
            : ["No problems", "Slight", "Moderate", "Severe", "Extreme/unable"];
        var groups = profile.Groups.Select(g => g.Group).ToImmutableArray();
        var keys = groups.Length == 1 ? [] : groups.Select((_, i) => ((char)('A' + (i % 26))).ToString()).ToImmutableArray();
        var dims = profile.Groups[0].Dimensions.Select(d => d.Dimension).ToImmutableArray();
        var step = groups.Length + 0.6;
        var bars = ImmutableArray.CreateBuilder<Eq5dProfileBar>();
        var centres = ImmutableArray.CreateBuilder<double>(dims.Length);
        for (var d = 0; d < dims.Length; d++)
        {
            centres.Add((d * step) + ((groups.Length - 1) / 2.0));
            for (var g = 0; g < groups.Length; g++)
            {
                var dim = profile.Groups[g].Dimensions[d];
                var bottom = 0.0;
                for (var k = 0; k < profile.Levels; k++)
                {
                    var top = bottom + (dim.Shares[k] * factor);
                    bars.Add(new Eq5dProfileBar(groups[g], dim.Dimension, k + 1, (d * step) + g, bottom, top, dim.Counts[k], colors[k]));
                    bottom = top;
                }
            }
        }

        var yLabel = options.Scale == SurvivalScale.Percent ? "Respondents (%)" : "Proportion of respondents";
        return new Eq5dProfileModel(profile.Levels, labels, colors, dims, centres.MoveToImmutable(), groups, keys, bars.ToImmutable(), options.Scale, yLabel, options.Title);
    }

    /// <summary>Lays out and draws the figure.</summary>
    /// <param name="profile">The profile result.</param>
    /// <param name="options">Scale, title and preset; null for the defaults.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(Eq5dProfileResult profile, Eq5dProfilePlotOptions? options = null) =>
        Create(Model(profile, options), (options ?? new Eq5dProfilePlotOptions()).Preset);

    /// <summary>Draws <paramref name="model"/>: a legend strip (group keys, level swatches), then the stacked bars.</summary>
    /// <param name="model">The plot model.</param>
    /// <param name="preset">Size, resolution and type size.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(Eq5dProfileModel model, FigurePreset preset)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(preset);
        var style = new FigureStyle(preset);
        var width = style.WidthUnits;
        var (yTicks, yTickLabels) = FigureLayout.QuarterTicks(model.Scale);
        var yMax = yTicks[^1];
        var left = FigureLayout.LeftOfData(yTickLabels, style, Margin);
        var right = Margin + 2;
        var dataWidth = width - left - right;

        var titleHeight = model.Title is null ? 0 : style.LineHeight + 4;
        var (legendPlotFactory, legendHeight) = Legend(model, style, width, left, width - right);
        const double plotTop = 4;
        var plotBottom = FigureStyle.TickLength + 3 + (style.SmallFontSize * 1.25) + 3;
        var dataHeight = FigureLayout.DataHeight(preset, dataWidth, 0.62, 300, titleHeight, legendHeight, plotTop, plotBottom, 2 * Margin);

        var panels = ImmutableArray.CreateBuilder<FigurePanel>();
        var top = Margin;
        FigureLayout.AddTitle(panels, model.Title, left, width, titleHeight, style, ref top);

        panels.Add(new FigurePanel("legend", legendPlotFactory(), 0, top, width, legendHeight));
        top += legendHeight;

        var data = style.DataPlot(left, right, plotTop, plotBottom);
        var xMin = model.Bars.Min(b => b.X) - 0.7;
        var xMax = model.Bars.Max(b => b.X) + 0.7;
        var headroom = model.GroupKeys.IsEmpty ? yMax * 0.02 : yMax * 0.1;
        data.Axes.SetLimits(xMin, xMax, 0, yMax + headroom);
        FigureStyle.SetTicks(data.Axes.Bottom, model.DimensionCentres, model.Dimensions);
        data.Axes.Bottom.MajorTickStyle.Length = 0;
        FigureStyle.SetTicks(data.Axes.Left, yTicks, yTickLabels);
        data.Axes.Left.Label.Text = model.YLabel;
        foreach (var bar in model.Bars)
        {
            if (bar.Top <= bar.Bottom)
            {
                continue;
            }

            var rect = data.Add.Rectangle(bar.X - (BarWidth / 2), bar.X + (BarWidth / 2), bar.Bottom, bar.Top);
            rect.FillColor = bar.Color;
            rect.LineColor = Colors.Black;
            rect.LineWidth = (float)(style.LineWidth * 0.6);
        }

        if (!model.GroupKeys.IsEmpty)
        {
            foreach (var (x, group) in model.Bars.Where(b => b.Level == 1).Select(b => (b.X, b.Group)))
            {
                var key = model.GroupKeys[model.Groups.IndexOf(group)];
                FigureStyle.AddText(data, key, x, yMax + (headroom * 0.5), Alignment.MiddleCenter, style.SmallFontSize, Colors.Black);
            }
        }

        var total = plotTop + dataHeight + plotBottom;
        panels.Add(new FigurePanel("plot", data, 0, top, width, total));
        top += total;
        var height = preset.HeightMm is { } h ? h / 25.4 * 96 : top + Margin;
        return new Figure(preset, width, height, panels.ToImmutable());
    }

    private static (Func<Plot> Draw, double Height) Legend(Eq5dProfileModel model, FigureStyle style, double width, double left, double right)
    {
        // Items: group keys first ("A buprenorphine"), then one swatch per level; wrap left to right.
        var items = new List<(string Text, Color? Swatch)>();
        for (var g = 0; g < model.GroupKeys.Length; g++)
        {
            items.Add((model.GroupKeys[g] + " = " + model.Groups[g], null));
        }

        var groupCount = items.Count;
        for (var k = 0; k < model.Levels; k++)
        {
            items.Add((model.LevelLabels[k], model.LevelColors[k]));
        }

        var placed = new List<(string Text, Color? Swatch, double X, int Line)>();
        var x = left;
        var line = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var (text, swatch) = items[i];
            var w = (swatch is null ? 0 : SwatchSize + 3) + FigureStyle.Measure(text, style.FontSize);
            if ((x > left && x + w > right) || (i == groupCount && groupCount > 0))
            {
                line++;
                x = left;
            }

            placed.Add((text, swatch, x, line));
            x += w + 10;
        }

        var height = ((line + 1) * style.LineHeight) + 2;
        return (() =>
        {
            var plot = FigureStyle.TextPlot(width, height);
            foreach (var (text, swatch, px, ln) in placed)
            {
                var y = -((ln + 0.5) * style.LineHeight) - 1;
                var tx = px;
                if (swatch is { } c)
                {
                    var r = plot.Add.Rectangle(px, px + SwatchSize, y - (SwatchSize / 2), y + (SwatchSize / 2));
                    r.FillColor = c;
                    r.LineColor = Colors.Black;
                    r.LineWidth = (float)(style.LineWidth * 0.6);
                    tx += SwatchSize + 3;
                }

                FigureStyle.AddText(plot, text, tx, y, Alignment.MiddleLeft, style.FontSize, Colors.Black);
            }

            return plot;
        }, height);
    }
}
