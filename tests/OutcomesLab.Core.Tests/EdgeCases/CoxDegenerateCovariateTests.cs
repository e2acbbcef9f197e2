using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.EdgeCases;

/// <summary>
/// A zero-variance or collinear covariate. R's coxph reports NA for the aliased column and fits the
/// rest; so does OutcomesLab (NaN coefficient, <see cref="CoxCoefficient.IsAliased"/> and an "aliased"
/// diagnostic naming the column), and the remaining coefficient is R's.
/// </summary>
public sealed class CoxDegenerateCovariateTests
{
    private static SurvivalSample Sample() => SurvivalSample.Create(EdgeCaseData.Time, EdgeCaseData.Event);

    [Fact]
    public void Zero_variance_covariate_is_aliased_as_R_gives_NA()
    {
        Assert.Null(EdgeCaseFixture.Vector("zero_variance_coef")[1]);
        var x = DesignMatrix.FromColumns(["x", "z"], [EdgeCaseData.X, [.. Enumerable.Repeat(3.0, 10)]]);
        var fit = CoxRegression.Fit(Sample(), x);
        Assert.True(fit.Coefficients[1].IsAliased);
        Assert.True(double.IsNaN(fit.Coefficients[1].Coef));
        NumericAssert.Close(EdgeCaseFixture.Vector("zero_variance_coef")[0], fit.Coefficients[0].Coef, rel: 1e-8, what: "coef x (R NA-aliased fit)");
        NumericAssert.Close(EdgeCaseFixture.Doubles("x_only_se")[0], fit.Coefficients[0].Se, rel: 1e-8, what: "se x");
        var diag = Assert.Single(fit.Diagnostics, d => d.Code == "aliased");
        Assert.Contains("Aliased covariate(s) z:", diag.Message, StringComparison.Ordinal);
        Assert.Equal(1, fit.LikelihoodRatio.Df);
    }

    [Fact]
    public void Collinear_covariate_is_aliased_as_R_gives_NA()
    {
        Assert.Null(EdgeCaseFixture.Vector("collinear_coef")[1]);
        var x = DesignMatrix.FromColumns(["x", "x2"], [EdgeCaseData.X, [.. EdgeCaseData.X.Select(v => 2 * v)]]);
        var fit = CoxRegression.Fit(Sample(), x);
        Assert.True(fit.Coefficients[1].IsAliased);
        NumericAssert.Close(EdgeCaseFixture.Vector("collinear_coef")[0], fit.Coefficients[0].Coef, rel: 1e-8, what: "coef x (R NA-aliased fit)");
        Assert.Contains(fit.Diagnostics, d => d.Code == "aliased" && d.Message.Contains("x2", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_aliased_column_the_fit_is_R_s()
    {
        var fit = CoxRegression.Fit(Sample(), DesignMatrix.FromColumns(["x"], [EdgeCaseData.X]));
        NumericAssert.Close(EdgeCaseFixture.Vector("zero_variance_coef")[0], fit.Coefficients[0].Coef, rel: 1e-8, what: "coef x (R NA-aliased fit)");
        NumericAssert.Close(EdgeCaseFixture.Doubles("x_only_se")[0], fit.Coefficients[0].Se, rel: 1e-8, what: "se x");
    }
}
