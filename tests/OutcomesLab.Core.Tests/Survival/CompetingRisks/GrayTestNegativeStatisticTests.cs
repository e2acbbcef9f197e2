using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Survival.CompetingRisks;

/// <summary>
/// Regression for a property-test finding: Gray's statistic can be negative (the estimated score
/// covariance is not positive definite with few events), and the p-value then threw
/// ArgumentOutOfRangeException. Oracle: R 4.2.2, cmprsk 2.2-11 <c>cuminc(t, s, g)$Tests</c>
/// (Fixtures/reference/r/gray_negative_statistic.R, output in survival/gray_negative_statistic.txt).
/// </summary>
public sealed class GrayTestNegativeStatisticTests
{
    [Fact]
    public void Negative_statistic_gives_p_one_as_cmprsk()
    {
        double[] t = [270, 180, 60, 30, 360, 150, 330, 0, 360, 30, 360, 240, 270, 0, 240, 300, 210, 180, 60];
        int[] s = [0, 0, 2, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
        string[] g = ["g0", "g0", "g0", "g0", "g1", "g0", "g0", "g1", "g1", "g1", "g0", "g1", "g1", "g0", "g1", "g0", "g1", "g1", "g1"];
        var fit = CumulativeIncidence.Fit(SurvivalSample.CreateCompeting(t, s, g));

        var cause1 = fit.GrayTests.Single(x => x.Cause == 1);
        NumericAssert.Close(-0.27589653145208731, cause1.Statistic, rel: 1e-10, what: "stat cause 1");
        Assert.Equal(1.0, cause1.PValue);
        Assert.Contains(fit.Diagnostics, d => d.Code == "gray-negative-statistic");

        var cause2 = fit.GrayTests.Single(x => x.Cause == 2);
        NumericAssert.Close(1.1428571428571426, cause2.Statistic, rel: 1e-10, what: "stat cause 2");
        NumericAssert.Close(0.28504940740261286, cause2.PValue, rel: 1e-10, what: "p cause 2");
    }
}
