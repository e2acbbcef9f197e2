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
            Enumerable.Range(0, 5).Select(i => ArmLinePatterns.ForSeries(i)).ToArray());
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(LinePattern.Solid, ArmLinePatterns.ForSeries(i, ArmLineTypes.Solid)));
    }

    [Fact]
    public void Km_curves_and_legend_differ_by_line_type_unless_solid_is_asked()
    {
        var fit = TestData.AddictsKm();
        var varied = KaplanMeierFigure.Model(fit);
        Assert.Equal([LinePattern.Solid, LinePattern.Dashed], varied.Curves.Select(c => c.Pattern).ToArray());
        Assert.Equal(varied.Curves.Select(c => c.Pattern), varied.Legend.Select(e => e.Pattern));
        var solid = KaplanMeierFigure.Model(fit, new KaplanMeierPlotOptions { LineTypes = ArmLineTypes.Solid });
        Assert.All(solid.Curves, c => Assert.Equal(LinePattern.Solid, c.Pattern));
        Assert.NotEqual(KaplanMeierFigure.Create(fit).ToPng(), KaplanMeierFigure.Create(fit, new KaplanMeierPlotOptions { LineTypes = ArmLineTypes.Solid }).ToPng());
    }
}
