using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

/// <summary>A Cox forest plot with an aliased coefficient (R's NA): the row keeps its label, says "aliased (NA)" and draws no marker.</summary>
public sealed class ForestAliasedTests
{
    [Fact]
    public void Aliased_coefficient_is_a_labelled_row_without_estimate()
    {
        var (h, rows) = TestData.Csv("addicts", "addicts.csv");
        int days = Array.IndexOf(h, "days"), departed = Array.IndexOf(h, "departed"), prison = Array.IndexOf(h, "prison"), dose = Array.IndexOf(h, "mdose");
        var sample = SurvivalSample.Create([.. rows.Select(r => TestData.Num(r[days]))], [.. rows.Select(r => r[departed] == "1")]);
        var p = rows.Select(r => TestData.Num(r[prison])).ToArray();
        var design = DesignMatrix.FromColumns(["prison", "mdose", "prison2"], [p, [.. rows.Select(r => TestData.Num(r[dose]))], [.. p.Select(v => 2 * v)]]);
        var fit = CoxRegression.Fit(sample, design);
        Assert.True(fit.Coefficients[2].IsAliased);
        var model = ForestFigure.FromCox(fit);
        Assert.Equal(["aliased (NA)", ""], model.Rows[2].Columns);
        Assert.True(double.IsNaN(model.Rows[2].Estimate));
        Assert.True(double.IsFinite(model.XMin) && double.IsFinite(model.XMax));
        Assert.Contains("<svg", System.Text.Encoding.UTF8.GetString(ForestFigure.Create(model).ToSvg()), StringComparison.Ordinal);
    }
}
