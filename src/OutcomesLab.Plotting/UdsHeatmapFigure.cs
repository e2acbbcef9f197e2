using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.Outcomes;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// Urine drug screen heat-maps from <see cref="UdsWords"/>: one row per patient, one column per
/// week, coloured by the use-pattern character (<c>+</c> positive, <c>-</c> negative, <c>o</c>
/// missing, <c>*</c> mixed; the CTNote legend), rows grouped by arm and sorted by time in
/// treatment so that dropout shows as the grey tail of each arm.
/// </summary>
/// <remarks>Colours are Okabe–Ito (negative blue, positive vermillion, mixed orange) and a light grey for missing, distinct in greyscale too.</remarks>
public static class UdsHeatmapFigure
{
    private const double Margin = 4;
    private const double SwatchSize = 8;
    private static readonly char[] TieOrder = ['+', '*', '-', 'o'];

    /// <summary>The default legend: negative, positive, mixed, missing.</summary>
    public static ImmutableArray<UdsHeatmapKey> DefaultLegend { get; } =
    [
        new('-', "Negative", OkabeIto.Blue),
        new('+', "Positive", OkabeIto.Vermillion),
        new('*', "Mixed", OkabeIto.Orange),
        new('o', "Missing", Color.FromHex("#D9D9D9")),
    ];

    /// <summary>The plot model: rows in drawing order and the legend.</summary>
    /// <param name="words">The use-pattern words.</param>
    /// <param name="options">Sorting and labels; null for the defaults.</param>
    /// <returns>The model.</returns>
    public static UdsHeatmapModel Model(UdsWords words, UdsHeatmapPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        options ??= new UdsHeatmapPlotOptions();
        var n = words.Words.Length;
        if (n == 0)
        {
            throw new ArgumentException("The use-pattern words are empty: there is no patient to draw.", nameof(words));
        }

        if (options.TimeInTreatment is { } t && t.Count != n)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"TimeInTreatment has {t.Count} values for {n} patients; give one per patient in the words' order."), nameof(options));
        }

        var groups = options.GroupOrder is { } order
            ? [.. order]
            : words.Groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var unknown = words.Groups.FirstOrDefault(g => !groups.Contains(g, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new ArgumentException($"GroupOrder does not list the arm \"{unknown}\"; list every arm of the words.", nameof(options));
        }

        double Key(int i) => options.TimeInTreatment is { } time ? time[i] : words.Words[i].LastIndexOfAny(['+', '-', '*']) + 1;

        var rows = ImmutableArray.CreateBuilder<UdsHeatmapRow>(n);
        var blocks = ImmutableArray.CreateBuilder<UdsHeatmapGroup>();
        foreach (var g in groups)
        {
            var members = Enumerable.Range(0, n)
                .Where(i => string.Equals(words.Groups[i], g, StringComparison.Ordinal))
                .OrderByDescending(Key)
                .ThenBy(i => words.Patients[i], StringComparer.Ordinal)
                .ToList();
            if (members.Count == 0)
            {
                continue;
            }

            blocks.Add(new UdsHeatmapGroup(g, members.Count, rows.Count));
            rows.AddRange(members.Select(i => new UdsHeatmapRow(words.Patients[i], g, words.Words[i], Key(i))));
        }

        var yLabel = options.TimeInTreatment is null ? "Patients (by last week with a sample)" : "Patients (by time in treatment)";
        return new UdsHeatmapModel(rows.MoveToImmutable(), blocks.ToImmutable(), words.Options.FirstWeek, words.Options.LastWeek, DefaultLegend, "Week", yLabel, options.Title);
    }

    /// <summary>Lays out and draws the heat-map.</summary>
    /// <param name="words">The use-pattern words.</param>
    /// <param name="options">Sorting, labels and preset; null for the defaults.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(UdsWords words, UdsHeatmapPlotOptions? options = null) =>
        Create(Model(words, options), (options ?? new UdsHeatmapPlotOptions()).Preset);

    /// <summary>
    /// The patients per drawn row at <paramref name="preset"/>: 1 when every patient row is at least one device pixel
    /// high at the preset's resolution, else the smallest k for which rows of k patients are (a row thinner than a pixel
    /// would be lost or, antialiased, blend with its neighbours into colours the legend does not have).
    /// </summary>
    /// <param name="model">The unbinned model.</param>
    /// <param name="preset">Size and resolution.</param>
    /// <returns>k ≥ 1.</returns>
    public static int PatientsPerRow(UdsHeatmapModel model, FigurePreset preset)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(preset);
        var pixels = Layout(model, preset).DataHeight * preset.Dpi / 96;
        for (var k = 1; ; k++)
        {
            var rows = model.Groups.Sum(g => (g.N + k - 1) / k);
            if (rows + ((model.Groups.Length - 1) * GroupGap(rows)) <= Math.Floor(pixels) || rows <= model.Groups.Length)
            {
                return k;
            }
        }
    }

    /// <summary>
    /// Bins the rows of every arm, in their sorted order, k at a time (the arm's last row takes the rest): a binned row shows
    /// in each week the state most of its patients had, ties going to positive, then mixed, negative and missing, so that a
    /// tie never hides use.
    /// </summary>
    /// <param name="model">The unbinned model.</param>
    /// <param name="k">Patients per drawn row (1 returns the model).</param>
    /// <returns>The binned model, <see cref="UdsHeatmapModel.PatientsPerRow"/> = k.</returns>
    public static UdsHeatmapModel Bin(UdsHeatmapModel model, int k)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (model.PatientsPerRow != 1)
        {
            throw new ArgumentException("The model is binned already; bin the model of UdsHeatmapFigure.Model.", nameof(model));
        }

        if (k == 1)
        {
            return model;
        }

        var rows = ImmutableArray.CreateBuilder<UdsHeatmapRow>();
        var groups = ImmutableArray.CreateBuilder<UdsHeatmapGroup>();
        foreach (var g in model.Groups)
        {
            var first = rows.Count;
            for (var start = 0; start < g.N; start += k)
            {
                var members = model.Rows.Skip(g.FirstRow + start).Take(Math.Min(k, g.N - start)).ToList();
                var word = new char[members[0].Word.Length];
                for (var w = 0; w < word.Length; w++)
                {
                    word[w] = TieOrder.MaxBy(symbol => (members.Count(m => m.Word[w] == symbol) * 8) - Array.IndexOf(TieOrder, symbol));
                }

                rows.Add(new UdsHeatmapRow(members[0].Patient, g.Group, new string(word), members[0].SortKey) { Patients = members.Count });
            }

            groups.Add(new UdsHeatmapGroup(g.Group, g.N, first) { RowCount = rows.Count - first });
        }

        return model with
        {
            Rows = rows.ToImmutable(),
            Groups = groups.ToImmutable(),
            PatientsPerRow = k,
            YLabel = string.Create(CultureInfo.InvariantCulture, $"{model.YLabel}, {k} per row"),
        };
    }

    /// <summary>Draws <paramref name="model"/>: a legend strip, then the heat-map with arm labels on the left; rows that would be thinner than a device pixel are first binned (<see cref="PatientsPerRow"/>, <see cref="Bin"/>).</summary>
    /// <param name="model">The plot model.</param>
    /// <param name="preset">Size, resolution and type size.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(UdsHeatmapModel model, FigurePreset preset)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(preset);
        if (model.PatientsPerRow == 1)
        {
            model = Bin(model, PatientsPerRow(model, preset));
        }

        var style = new FigureStyle(preset);
        var width = style.WidthUnits;
        var (left, right, dataHeight, titleHeight, xTicks, groupLabels, countLabels) = Layout(model, preset);

        const double mapTop = 4;
        var mapBottom = FigureStyle.TickLength + 3 + (style.SmallFontSize * 1.25) + 3 + style.LineHeight;
        var panels = ImmutableArray.CreateBuilder<FigurePanel>();
        var top = Margin;
        FigureLayout.AddTitle(panels, model.Title, left, width, titleHeight, style, ref top);

        var legendHeight = style.LineHeight + 2;
        panels.Add(new FigurePanel("legend", LegendPlot(model, style, width, legendHeight, left), 0, top, width, legendHeight));
        top += legendHeight;

        var mapHeight = mapTop + dataHeight + mapBottom;
        var groupGap = GroupGap(model.Rows.Length);
        var map = MapPlot(model, style, left, right, mapTop, mapBottom, groupGap, xTicks);
        panels.Add(new FigurePanel("heatmap", map, 0, top, width, mapHeight));

        // A separate panel: ScottPlot clips text to the data area, and the arm labels sit left of it.
        // It also carries the y title, which ScottPlot would place under the arm labels.
        var labels = ArmLabelPlot(model, style, groupGap, left - 1, dataHeight, groupLabels, countLabels);
        panels.Add(new FigurePanel("arm-labels", labels, 0, top + mapTop, left - 1, dataHeight));
        top += mapHeight;

        var height = preset.HeightMm is { } h ? h / 25.4 * 96 : top + Margin;
        return new Figure(preset, width, height, panels.ToImmutable());
    }

    // The white space between arm blocks, in rows.
    private static double GroupGap(int rows) => Math.Max(1, rows * 0.03);

    private static (double Left, double Right, double DataHeight, double TitleHeight, double[] XTicks, string[] GroupLabels, string[] CountLabels) Layout(UdsHeatmapModel model, FigurePreset preset)
    {
        var style = new FigureStyle(preset);
        var width = style.WidthUnits;
        var groupLabels = model.Groups.Select(g => g.Group).ToArray();
        var countLabels = model.Groups.Select(g => string.Create(CultureInfo.InvariantCulture, $"n = {g.N}")).ToArray();
        var labelWidth = groupLabels.Concat(countLabels).Max(s => FigureStyle.Measure(s, style.SmallFontSize));
        var left = Margin + style.LineHeight + 4 + labelWidth + 4;
        var xTicks = WeekTicks(model.FirstWeek, model.LastWeek);
        var right = Margin + (FigureStyle.Measure(NumberFormat.Tick(xTicks[^1]), style.SmallFontSize) / 2) + 2;
        var dataWidth = width - left - right;

        var titleHeight = model.Title is null ? 0 : style.LineHeight + 4;
        const double mapTop = 4;
        var mapBottom = FigureStyle.TickLength + 3 + (style.SmallFontSize * 1.25) + 3 + style.LineHeight;
        var dataHeight = preset.HeightMm is { } mm
            ? (mm / 25.4 * 96) - titleHeight - style.LineHeight - 2 - mapTop - mapBottom - (2 * Margin)
            : Math.Min(dataWidth * 1.1, 420);
        if (dataHeight < 60)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The figure height leaves {dataHeight:0} layout units for the heat-map; increase HeightMm or leave it null."), nameof(preset));
        }

        return (left, right, dataHeight, titleHeight, xTicks, groupLabels, countLabels);
    }

    private static double[] WeekTicks(int first, int last)
    {
        var span = last - first + 1;
        var step = span <= 8 ? 1 : span <= 16 ? 2 : span <= 32 ? 4 : span <= 64 ? 8 : (int)Math.Ceiling(span / 8.0);
        var ticks = new List<double> { first };
        var next = ((first / step) + 1) * step;
        for (var w = next; w <= last; w += step)
        {
            if (w - ticks[^1] >= step / 2.0)
            {
                ticks.Add(w);
            }
        }

        return [.. ticks];
    }

    private static Plot LegendPlot(UdsHeatmapModel model, FigureStyle style, double width, double height, double left)
    {
        var plot = FigureStyle.TextPlot(width, height);
        var total = model.Legend.Sum(k => SwatchSize + 13 + FigureStyle.Measure(k.Label, style.FontSize)) - 10;
        var x = left + total <= width - Margin ? left : Margin;
        var y = -height / 2;
        foreach (var key in model.Legend)
        {
            var swatch = plot.Add.Rectangle(x, x + SwatchSize, y - (SwatchSize / 2), y + (SwatchSize / 2));
            swatch.FillColor = key.Color;
            swatch.LineWidth = 0;
            FigureStyle.AddText(plot, key.Label, x + SwatchSize + 3, y, Alignment.MiddleLeft, style.FontSize, Colors.Black);
            x += SwatchSize + 3 + FigureStyle.Measure(key.Label, style.FontSize) + 10;
        }

        return plot;
    }

    private static Plot MapPlot(UdsHeatmapModel model, FigureStyle style, double left, double right, double top, double bottom, double groupGap, double[] xTicks)
    {
        var plot = style.DataPlot(left, right, top, bottom);
        var cells = new UdsCellsPlottable(model, groupGap);
        plot.Add.Plottable(cells);
        var limits = cells.GetAxisLimits();
        plot.Axes.SetLimits(limits.Left, limits.Right, limits.Bottom, limits.Top);
        FigureStyle.SetTicks(plot.Axes.Bottom, xTicks, [.. xTicks.Select(NumberFormat.Tick)]);
        FigureStyle.SetTicks(plot.Axes.Left, [], []);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.Label.Text = model.XLabel;
        return plot;
    }

    private static Plot ArmLabelPlot(UdsHeatmapModel model, FigureStyle style, double groupGap, double width, double height, string[] groupLabels, string[] countLabels)
    {
        var bottom = UdsCellsPlottable.RowTop(model, model.Rows.Length - 1, groupGap) - 1;
        var plot = new Plot();
        plot.Font.Set(FigureStyle.FontName);
        plot.HideAxesAndGrid();
        plot.Layout.Frameless();
        plot.Axes.SetLimits(0, width, bottom, 0);
        var unitsPerY = -bottom / height;
        var half = style.SmallLineHeight / 2 * unitsPerY;
        for (var g = 0; g < model.Groups.Length; g++)
        {
            var block = model.Groups[g];
            var blockTop = UdsCellsPlottable.RowTop(model, block.FirstRow, groupGap);
            var blockBottom = UdsCellsPlottable.RowTop(model, block.FirstRow + block.RowCount - 1, groupGap) - 1;
            var middle = (blockTop + blockBottom) / 2;
            FigureStyle.AddText(plot, groupLabels[g], width - 2, middle + half, Alignment.MiddleRight, style.SmallFontSize, Colors.Black);
            FigureStyle.AddText(plot, countLabels[g], width - 2, middle - half, Alignment.MiddleRight, style.SmallFontSize, Colors.Black);
        }

        var title = FigureStyle.AddText(plot, model.YLabel, Margin + (style.LineHeight / 2), bottom / 2, Alignment.MiddleCenter, style.FontSize, Colors.Black);
        title.LabelRotation = -90;

        return plot;
    }
}
