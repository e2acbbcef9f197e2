using OutcomesLab.Outcomes;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

public sealed class DistributionSummaryTests
{
    [Fact]
    public void Quartiles_whiskers_outliers_and_bins_match_hand_values_and_R()
    {
        // R 4.x: x <- c(3,1,4,1,5,9,2,6,5,3,5,40); quantile(x, c(.25,.5,.75)) -> 2.75 4.50 5.25;
        // hist(x, breaks = seq(1, 40, length.out = 6))$counts -> 10 1 0 0 1.
        double[] x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 40];
        var result = DistributionSummary.Compute([.. x, double.NaN], null);
        var g = Assert.Single(result.Groups);
        Assert.Equal("All", g.Group);
        Assert.Equal(12, g.N);
        Assert.Equal(2.75, g.Q1, 12);
        Assert.Equal(4.5, g.Median, 12);
        Assert.Equal(5.25, g.Q3, 12);
        Assert.Equal((1.0, 40.0), (g.Min, g.Max));

        // IQR 2.5, fences -1 and 9: whiskers at 1 and 9, 40 is an outlier.
        Assert.Equal((1.0, 9.0), (g.LowerWhisker, g.UpperWhisker));
        Assert.Equal([40.0], g.Outliers);

        // Sturges: ceil(log2 12) + 1 = 5 equal-width bins over [1, 40].
        Assert.Equal(6, result.Breaks.Length);
        Assert.Equal(1, result.Breaks[0]);
        Assert.Equal(40, result.Breaks[^1]);
        Assert.Equal(8.8, result.Breaks[1], 12);
        Assert.Equal([10, 1, 0, 0, 1], g.BinCounts);
    }

    [Fact]
    public void Groups_share_breaks_and_keep_their_order()
    {
        var result = DistributionSummary.Compute([1, 2, 3, 4, 10, 20, 30, 40], ["B", "B", "B", "B", "A", "A", "A", "A"]);
        Assert.Equal(["B", "A"], result.Groups.Select(s => s.Group));
        Assert.Equal(1.75, result.Groups[0].Q1, 12);
        Assert.Equal(17.5, result.Groups[1].Q1, 12);
        Assert.All(result.Groups, s => Assert.Equal(result.Breaks.Length - 1, s.BinCounts.Length));
        Assert.Equal(8, result.Groups.Sum(s => s.BinCounts.Sum()));
        Assert.Throws<ArgumentException>(() => DistributionSummary.Compute([1, 2], ["A"]));
        Assert.Throws<ArgumentException>(() => DistributionSummary.Compute([double.NaN], null));
    }
}
