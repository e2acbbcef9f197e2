using ScottPlot;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

/// <summary>
/// Greyscale-safe arms (issue 17): by default the curves of KM and Cox-predicted survival figures differ
/// by line type as well as colour (solid, dashed, dotted, densely dashed, as survminer's
/// <c>linetype = "strata"</c>); <see cref="ArmLineTypes.Solid"/> gives colour only. The legend samples
/// carry the curves' patterns, so the legend keys the line types too.
/// </summary>
public sealed class ArmLineTypeTests
{
    [Fact]
    public void Patterns_cycle_solid_dashed_dotted_densely_dashed()
    {
        Assert.Equal(
            [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed, LinePattern.Solid],
            Enumerable.Range(0, 5).Select(i => ArmStyles.Default.At(i).Pattern).ToArray());
        Assert.Equal(
            [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.FilledCircle],
            Enumerable.Range(0, 5).Select(i => ArmStyles.Default.At(i).Marker).ToArray());
        var solid = new ArmStyles { LineTypes = ArmLineTypes.Solid };
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(LinePattern.Solid, solid.At(i).Pattern));
    }

    /// <summary>
    /// One mapping per run: an arm's style follows its name in <see cref="ArmStyles.Order"/>, not its
    /// position in a figure, so a figure that shows the arms in another order or only some of them
    /// draws each as every other figure does; groups not listed come after the listed arms.
    /// </summary>
    [Fact]
    public void Arm_styles_follow_the_name_in_the_run_order_not_the_position_in_a_figure()
    {
        var arms = new ArmStyles { Order = ["methadone", "buprenorphine", "xr-naltrexone"] };
        Assert.Equal(arms.At(0), arms.For("methadone", 2));
        Assert.Equal(arms.At(2), arms.For("xr-naltrexone", 0));
        Assert.Equal(arms.At(3), arms.For("other", 0));
        Assert.Equal(OkabeIto.Blue, arms.For("methadone", 1).Color);
        Assert.Equal([2, 0, 1], arms.DisplayOrder(["buprenorphine", "xr-naltrexone", "methadone"]).ToArray());
        var custom = arms with { Colors = [Color.FromHex("#112233")] };
        Assert.Equal(Color.FromHex("#112233"), custom.For("methadone", 0).Color);
        Assert.Equal(OkabeIto.Vermillion, custom.For("buprenorphine", 0).Color);
    }

    [Fact]
    public void Km_curves_and_legend_differ_by_line_type_unless_solid_is_asked()
    {
        var fit = TestData.AddictsKm();
        var varied = KaplanMeierFigure.Model(fit);
        Assert.Equal([LinePattern.Solid, LinePattern.Dashed], varied.Curves.Select(c => c.Pattern).ToArray());
        Assert.Equal(varied.Curves.Select(c => c.Pattern), varied.Legend.Select(e => e.Pattern));
        Assert.Equal([MarkerShape.FilledCircle, MarkerShape.FilledSquare], varied.Legend.Select(e => e.Marker).ToArray());
        var solid = KaplanMeierFigure.Model(fit, new KaplanMeierPlotOptions { Arms = new ArmStyles { LineTypes = ArmLineTypes.Solid } });
        Assert.All(solid.Curves, c => Assert.Equal(LinePattern.Solid, c.Pattern));
        Assert.NotEqual(KaplanMeierFigure.Create(fit).ToPng(), KaplanMeierFigure.Create(fit, new KaplanMeierPlotOptions { Arms = new ArmStyles { LineTypes = ArmLineTypes.Solid } }).ToPng());
    }

    /// <summary>
    /// One arm, one colour (issue 17): the trajectory figure used to colour groups in order of first
    /// appearance while KM, box plots and CIF use the sorted level order, so methadone was orange in the
    /// KM figure and green in the trajectory. Both now take <see cref="Factor.DefaultOrder"/>.
    /// </summary>
    [Fact]
    public void Trajectory_colours_arms_in_the_level_order_of_the_other_figures()
    {
        string[] groups = ["xr-naltrexone", "methadone", "buprenorphine", "methadone", "xr-naltrexone", "buprenorphine"];
        IReadOnlyList<double>[] values = [[60, 70], [62, 71], [58, 66], [65, 73], [61, 69], [59, 64]];
        var result = Outcomes.QolTrajectory.Compute(values, ["Baseline", "Week 24"], null, groups);
        var levels = Factor.DefaultOrder(groups.Distinct(StringComparer.Ordinal));
        Assert.Equal(levels, result.Groups);
        var model = QolTrajectoryFigure.Model(result);
        for (var k = 0; k < levels.Length; k++)
        {
            Assert.Equal(OkabeIto.ForSeries(k), model.Series.Single(s => s.Group == levels[k]).Color);
        }

        Assert.Equal(OkabeIto.Vermillion, model.Series.Single(s => s.Group == "methadone").Color);
    }
}
