using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Survival;

public sealed class SurvivalSampleTests
{
    [Fact]
    public void Times_within_sqrt_eps_merge_to_the_smaller_as_aeqSurv()
    {
        // 1 + 1e-12 differs from 1 by far less than sqrt(eps) ~ 1.49e-8: R's aeqSurv maps it to 1.
        var s = SurvivalSample.Create([1.0, 1.0 + 1e-12, 2.0], [true, true, false]);
        NumericAssert.AllClose([1.0, 1.0, 2.0], s.Times, rel: 0, abs: 0);
        Assert.Contains(s.Diagnostics, d => d.Code == "merged-times");
    }

    [Fact]
    public void Negative_time_is_rejected_naming_the_index()
    {
        var ex = Assert.Throws<ArgumentException>(() => SurvivalSample.Create([1.0, -2.0], [true, false]));
        Assert.Contains("times[1]", ex.Message, StringComparison.Ordinal);
        Assert.Equal("times", ex.ParamName);
    }

    [Fact]
    public void Numeric_group_labels_order_numerically_like_an_R_factor()
    {
        var s = SurvivalSample.Create([1.0, 2.0, 3.0], [true, true, true], groups: ["10", "2", "1"]);
        Assert.Equal(["1", "2", "10"], s.Groups!.Levels);
    }

    [Fact]
    public void Competing_causes_are_listed()
    {
        var s = SurvivalSample.CreateCompeting([1.0, 2.0, 3.0], [0, 2, 1]);
        Assert.Equal([1, 2], s.Causes);
    }
}
