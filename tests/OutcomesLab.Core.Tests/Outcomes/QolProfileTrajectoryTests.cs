using OutcomesLab.Outcomes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>EQ-5D profile (Devlin, Parkin &amp; Browne 2010) and mean trajectories with t-based CIs, on hand-countable data.</summary>
public sealed class QolProfileTrajectoryTests
{
    [Fact]
    public void Eq5d_profile_counts_levels_per_group_and_dimension()
    {
        Eq5dState[] states = [Eq5dState.Parse("11111", 3), Eq5dState.Parse("21132", 3), Eq5dState.Parse("31111", 3), Eq5dState.Parse("12233", 3)];
        var profile = Eq5dProfile.Compute(states, ["a", "a", "a", "b"], levels: 3);
        Assert.Equal(3, profile.Levels);
        Assert.Equal(["a", "b"], profile.Groups.Select(g => g.Group));
        var a = profile.Groups[0];
        Assert.Equal(3, a.N);
        Assert.Equal(["MO", "SC", "UA", "PD", "AD"], a.Dimensions.Select(d => d.Dimension));
        Assert.Equal([1, 1, 1], a.Dimensions[0].Counts);
        Assert.Equal([3, 0, 0], a.Dimensions[1].Counts);
        Assert.Equal([2, 0, 1], a.Dimensions[3].Counts);
        Assert.Equal([2, 1, 0], a.Dimensions[4].Counts);
        NumericAssert.AllClose([1 / 3.0, 1 / 3.0, 1 / 3.0], a.Dimensions[0].Shares.ToList());
        NumericAssert.Close(2 / 3.0, a.Dimensions[0].AnyProblemShare);
        NumericAssert.Close(0, a.Dimensions[1].AnyProblemShare);
        var b = profile.Groups[1];
        Assert.Equal(1, b.N);
        Assert.Equal([0, 0, 1], b.Dimensions[4].Counts);
        NumericAssert.Close(1, b.Dimensions[2].AnyProblemShare);
        var all = Eq5dProfile.Compute(states, null, levels: 3);
        Assert.Equal("All", all.Groups.Single().Group);
        Assert.Equal([2, 1, 1], all.Groups[0].Dimensions[0].Counts);
        Assert.Throws<ArgumentException>(() => Eq5dProfile.Compute([Eq5dState.Parse("51111")], null, levels: 3));
    }

    [Fact]
    public void Trajectory_means_and_t_intervals_match_hand_and_R()
    {
        double[][] values =
        [
            [50, 1.5], [60, 2], [70, 4], [80, double.NaN],
            [40, 7], [double.NaN, 3.25],
        ];
        string[] groups = ["x", "x", "x", "x", "y", "y"];
        var r = QolTrajectory.Compute(values, ["baseline", "w24"], [0, 24], groups);
        Assert.Equal(["x", "y"], r.Groups);
        Assert.Equal(4, r.Points.Length);
        var p = r.Points[0];
        Assert.Equal(("x", "baseline", 0.0, 4), (p.Group, p.Visit, p.Time, p.N));
        NumericAssert.Close(65, p.Mean);
        NumericAssert.Close(Math.Sqrt(500 / 3.0), p.SD);
        NumericAssert.Close(Math.Sqrt(500 / 3.0) / 2, p.SE);

        // R: t.test(c(50,60,70,80))$conf.int
        NumericAssert.Close(44.457397432394792, p.Lower, rel: 1e-9);
        NumericAssert.Close(85.542602567605215, p.Upper, rel: 1e-9);
        Assert.Equal(3, r.Points[1].N);
        var y0 = r.Points[2];
        Assert.Equal(1, y0.N);
        Assert.Equal(40, y0.Mean);
        Assert.True(double.IsNaN(y0.Lower));

        // R: t.test(c(1.5,2,4,7,3.25), conf.level = 0.9)$conf.int
        var pooled = QolTrajectory.Compute([[1.5], [2], [4], [7], [3.25]], ["v"], null, null, 0.9);
        NumericAssert.Close(1.4830978549653138, pooled.Points[0].Lower, rel: 1e-9);
        NumericAssert.Close(5.6169021450346852, pooled.Points[0].Upper, rel: 1e-9);
        Assert.Equal(1, pooled.Points[0].Time);
    }
}
