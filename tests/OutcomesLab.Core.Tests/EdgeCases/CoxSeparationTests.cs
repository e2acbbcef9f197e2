using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using Xunit;

namespace OutcomesLab.Core.Tests.EdgeCases;

/// <summary>
/// Complete separation (monotone likelihood) on 10,000 rows: every treated subject leaves before
/// any untreated one, so the coefficient diverges. As R's coxph the fit stops within the iteration
/// limit and names the diverging term (R: "Loglik converged before variable 1; coefficient may be
/// infinite"). No timing is asserted; the iteration count bounds the work.
/// </summary>
public sealed class CoxSeparationTests
{
    [Fact]
    public void Separated_data_stop_within_the_iteration_limit_and_name_the_diverging_term()
    {
        const int n = 10_000;
        var time = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
        var events = Enumerable.Repeat(true, n).ToArray();
        var treated = Enumerable.Range(1, n).Select(i => i <= n / 2 ? 1.0 : 0.0).ToArray();
        var dose = Enumerable.Range(1, n).Select(i => (double)((i * 7919) % 101)).ToArray();
        var options = new CoxOptions();

        var fit = CoxRegression.Fit(SurvivalSample.Create(time, events), DesignMatrix.FromColumns(["treated", "dose"], [treated, dose]), options);

        Assert.InRange(fit.Iterations, 1, options.MaxIterations);
        var d = Assert.Single(fit.Diagnostics, x => x.Message.Contains("may be infinite", StringComparison.Ordinal));
        Assert.Contains("treated", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("dose", d.Message, StringComparison.Ordinal);
        Assert.True(fit.Coefficients[0].Coef > 5, $"coef {fit.Coefficients[0].Coef}");
    }
}
