using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Survival;

/// <summary>
/// Regression for a property-test finding: with a singular variance of O − E the chi-square was an
/// arbitrary solve result (2.6 with df 3 in one group order, NaN in another). Oracle: R survival
/// 3.5-3 <c>survdiff.fit</c> + <c>MASS::ginv</c> (Fixtures/reference/r/logrank_singular_variance.R,
/// output in survival/logrank_singular_variance.txt; see PROVENANCE-logrank-singular.md).
/// </summary>
public sealed class LogRankSingularVarianceTests
{
    private static readonly double[] Times = [84, 84, 42, 42, 42, 49, 14, 84, 21];
    private static readonly bool[] Events = [true, true, false, false, true, true, false, false, false];
    private static readonly string[] Groups = ["g2", "g0", "g1", "g0", "g0", "g3", "g0", "g1", "g2"];
    private static readonly string[] Strata = ["s1", "s0", "s1", "s1", "s0", "s1", "s1", "s1", "s0"];

    [Theory]
    [InlineData("g0,g1,g2,g3")]
    [InlineData("g3,g2,g1,g0")]
    [InlineData("g1,g3,g0,g2")]
    public void Uses_a_generalized_inverse_with_df_equal_to_the_rank_in_any_group_order(string levelOrder)
    {
        var levels = levelOrder.Split(',');
        var sample = SurvivalSample.Create(Times, Events, Groups, Strata, options: new SurvivalSampleOptions(levels));
        var r = LogRankTest.Compute(sample, new LogRankOptions { ComputePairwise = false });
        NumericAssert.Close(2.5999999999999992, r.ChiSquare, rel: 1e-12, what: "chisq");
        Assert.Equal(2, r.DegreesOfFreedom);
        NumericAssert.Close(0.2725317930340127, r.PValue, rel: 1e-12, what: "p");
        Assert.Contains(r.Diagnostics, d => d.Code == "singular-variance");
    }
}
