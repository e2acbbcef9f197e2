using OutcomesLab.Survival;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

/// <summary>
/// The per-cause layout of cumulative-incidence figures and the placement of Gray's test. Oracles: the rule of
/// <see cref="CifPanels.Auto"/> applied by hand to the result's estimates (a cause whose highest estimate is below
/// 10% of the largest cause's gets panels), and the figure's own geometry for the label placement.
/// </summary>
public sealed class CumulativeIncidencePanelTests
{
    private static readonly CumulativeIncidenceResult Fit = CumulativeIncidence.Fit(TestData.SimulatedCompeting());

    private static double Top(int cause) => Fit.Curves.Where(c => c.Cause == cause).SelectMany(c => c.Points).Max(p => p.Estimate);

    [Fact]
    public void Auto_gives_a_panel_per_cause_exactly_when_a_cause_is_below_a_tenth_of_the_largest()
    {
        // Simulated cohort: dropout (1) reaches about 0.76, transfer (2) about 0.085, death (3) about 0.011.
        Assert.True(Top(3) < 0.1 * Top(1));
        Assert.True(Top(2) >= 0.1 * Top(1));
        Assert.Equal(CifPanels.PerCause, CumulativeIncidenceFigure.AutoPanels(Fit));
        Assert.Equal(CifPanels.Single, CumulativeIncidenceFigure.AutoPanels(Fit, [1, 2]));
        Assert.Equal(CifPanels.Single, CumulativeIncidenceFigure.AutoPanels(Fit, [3]));
        Assert.Empty(CumulativeIncidenceFigure.Model(Fit, new CumulativeIncidencePlotOptions { Causes = [1, 2] }).Panels);
        Assert.Equal(3, CumulativeIncidenceFigure.Model(Fit).Panels.Length);
        Assert.Empty(CumulativeIncidenceFigure.Model(Fit, new CumulativeIncidencePlotOptions { Panels = CifPanels.Single }).Panels);
        Assert.Equal(2, CumulativeIncidenceFigure.Model(Fit, new CumulativeIncidencePlotOptions { Causes = [1, 2], Panels = CifPanels.PerCause }).Panels.Length);
    }

    [Fact]
    public void Each_cause_panel_has_its_own_y_range_its_groups_line_types_and_its_gray_test()
    {
        var names = new Dictionary<int, string> { [1] = "dropout", [2] = "transfer", [3] = "death" };
        var model = CumulativeIncidenceFigure.Model(Fit, new CumulativeIncidencePlotOptions { CauseLabels = names, Panels = CifPanels.PerCause });
        Assert.Equal(["dropout", "transfer", "death"], model.Panels.Select(p => p.Title));
        for (var c = 0; c < 3; c++)
        {
            var panel = model.Panels[c];
            var cause = Fit.Causes[c];
            Assert.Equal(Fit.Groups.Length, panel.Curves.Length);
            Assert.All(panel.Curves, k => Assert.EndsWith(names[cause], k.Label, StringComparison.Ordinal));
            Assert.InRange(panel.YMax, Top(cause), 2 * Top(cause) + 0.01);
            Assert.Equal(panel.YMax, panel.YTicks[^1], 10);
            Assert.Equal(Fit.Groups.Select((_, g) => ArmStyles.Default.At(g).Pattern), panel.Curves.Select(k => k.Pattern));
            Assert.StartsWith("Gray's test: p ", Assert.Single(panel.Annotations), StringComparison.Ordinal);
        }

        // The death panel reads: its axis ends at 0.02, not at the dropout panel's 0.8.
        Assert.Equal(0.02, model.Panels[2].YMax, 10);
        Assert.Equal(Fit.Groups.Length, model.Legend.Length);

        var figure = CumulativeIncidenceFigure.Create(Fit, new CumulativeIncidencePlotOptions { CauseLabels = names, Panels = CifPanels.PerCause });
        foreach (var name in new[] { "curves-1", "curves-2", "curves-3", "heading-1", "heading-3", "y-title", "risk-table" })
        {
            Assert.NotNull(figure.Panel(name));
        }

        ImageAssert.Png(figure.ToPng(), 1004, figure.PixelHeight, 300);
        var fixedHeight = CumulativeIncidenceFigure.Create(Fit, new CumulativeIncidencePlotOptions { Panels = CifPanels.PerCause, Preset = FigurePreset.JournalSingle with { HeightMm = 150 } });
        Assert.Equal(150, fixedHeight.HeightMm, 6);
        TestData.Keep("cif-per-cause.png", figure.ToPng());
    }

    [Fact]
    public void Grays_test_moves_above_the_plot_when_it_would_cross_a_curve()
    {
        // One panel, single column: the three lines of Gray's test would cover the steep XR-naltrexone dropout curve,
        // so they go to the strip above the plot; double width leaves room in the upper-left corner.
        var single = CumulativeIncidenceFigure.Create(Fit, new CumulativeIncidencePlotOptions { Panels = CifPanels.Single });
        Assert.Contains(single.Panels, p => p.Name == "heading");
        var wide = CumulativeIncidenceFigure.Create(Fit, new CumulativeIncidencePlotOptions { Panels = CifPanels.Single, DisplayTimeUnit = TimeUnit.Months, Preset = FigurePreset.JournalDouble });
        Assert.DoesNotContain(wide.Panels, p => p.Name == "heading");
    }
}
