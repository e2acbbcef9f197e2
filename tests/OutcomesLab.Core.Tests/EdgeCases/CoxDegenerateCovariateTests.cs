using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.EdgeCases;

/// <summary>
/// A zero-variance or collinear covariate. R's coxph reports NA for the aliased column and fits the
/// rest; OutcomesLab refuses the model instead, naming the column (an NA hazard ratio in a results
/// table is easily overlooked), and the model without it is R's fit.
/// </summary>
public sealed class CoxDegenerateCovariateTests
{
    private static SurvivalSample Sample() => SurvivalSample.Create(EdgeCaseData.Time, EdgeCaseData.Event);

    [Fact]
    public void Zero_variance_covariate_is_refused_by_name_where_R_gives_NA()
    {
        Assert.Null(EdgeCaseFixture.Vector("zero_variance_coef")[1]);
        var x = DesignMatrix.FromColumns(["x", "z"], [EdgeCaseData.X, [.. Enumerable.Repeat(3.0, 10)]]);
        var ex = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(Sample(), x));
        Assert.Contains("z is a linear combination of earlier columns or constant", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("x,", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collinear_covariate_is_refused_by_name_where_R_gives_NA()
    {
        Assert.Null(EdgeCaseFixture.Vector("collinear_coef")[1]);
        var x = DesignMatrix.FromColumns(["x", "x2"], [EdgeCaseData.X, [.. EdgeCaseData.X.Select(v => 2 * v)]]);
        var ex = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(Sample(), x));
        Assert.Contains("x2 is a linear combination", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_aliased_column_the_fit_is_R_s()
    {
        var fit = CoxRegression.Fit(Sample(), DesignMatrix.FromColumns(["x"], [EdgeCaseData.X]));
        NumericAssert.Close(EdgeCaseFixture.Vector("zero_variance_coef")[0], fit.Coefficients[0].Coef, rel: 1e-8, what: "coef x (R NA-aliased fit)");
        NumericAssert.Close(EdgeCaseFixture.Doubles("x_only_se")[0], fit.Coefficients[0].Se, rel: 1e-8, what: "se x");
    }
}
