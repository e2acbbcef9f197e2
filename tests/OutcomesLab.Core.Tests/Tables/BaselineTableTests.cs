using OutcomesLab.Tables;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Tables;

/// <summary>Table 1 diagnostics and suppression on small hand-made data; expected values derived by hand.</summary>
public sealed class BaselineTableTests
{
    [Fact]
    public void Diagnostics_cover_missing_arm_zero_variance_one_arm_level_and_all_missing()
    {
        string?[] arm = ["a", "a", "a", "b", "b", "b", null];
        var constant = BaselineVariable.Continuous("constant", [5, 5, 5, 5, 5, 5, 1]);
        var missingInB = BaselineVariable.Continuous("score", [1, 2, 3, double.NaN, double.NaN, double.NaN, 9]);
        var level = BaselineVariable.Categorical("site", ["x", "x", "y", "x", "x", "x", "z"]);
        var fit = BaselineTable.Build(arm, [constant, missingInB, level], new BaselineTableOptions { PValues = true });

        Assert.Equal(["a", "b"], fit.Groups);
        Assert.Equal(1, fit.ExcludedMissingGroup);
        Assert.Equal(6, fit.OverallCount);
        Assert.Contains(fit.Diagnostics, d => d.Code == "missing-group");
        Assert.Null(fit.Variables[0].Smd);
        Assert.Contains(fit.Diagnostics, d => d.Code == "zero-variance" && d.Message.StartsWith("constant", StringComparison.Ordinal));
        Assert.Contains(fit.Diagnostics, d => d.Code == "arm-all-missing" && d.Message.Contains("score", StringComparison.Ordinal));
        Assert.Null(fit.Variables[1].Smd);
        Assert.Null(fit.Variables[1].Test);
        Assert.Contains(fit.Diagnostics, d => d.Code == "level-in-one-arm" && d.Message.Contains("\"y\"", StringComparison.Ordinal));

        // The subject without an arm is excluded, so level z (only there) has no count at all.
        Assert.Equal(["x", "y", "z"], fit.Variables[2].Levels.Select(l => l.Level));
        Assert.Equal([2, 3], fit.Variables[2].Levels[0].Counts);

        // Hand: score in arm a = 1, 2, 3: mean 2, SD 1, type-7 quartiles 1.5, 2, 2.5.
        var s = fit.Variables[1].ArmStatistics[0];
        NumericAssert.AllClose([2, 1, 1.5, 2, 2.5, 1, 3], [s.Mean, s.StandardDeviation, s.FirstQuartile, s.Median, s.ThirdQuartile, s.Minimum, s.Maximum], rel: 1e-15);
        Assert.Equal(3, fit.Variables[1].ArmStatistics[1].Missing);
        Assert.True(double.IsNaN(fit.Variables[1].ArmStatistics[1].Mean));
    }

    [Fact]
    public void Binary_smd_equals_the_two_proportion_formula()
    {
        // Hand: p1 = 3/4, p2 = 1/4; SMD = |p1 - p2| / sqrt((p1 q1 + p2 q2)/2) = 0.5 / sqrt(3/16) = 2/sqrt(3).
        NumericAssert.Close(2 / Math.Sqrt(3), StandardizedDifference.Categorical([1, 3], [3, 1]), rel: 1e-14);

        // Austin: means 2 and 4, variances 1 and 1 -> |2 - 4| / 1 = 2.
        NumericAssert.Close(2, StandardizedDifference.Continuous([1, 2, 3], [3, 4, 5]), rel: 1e-15);
    }

    [Fact]
    public void Only_a_single_level_is_shown_when_asked()
    {
        var v = BaselineVariable.Categorical("sex", ["F", "M", "M", "F"], levels: ["M", "F"], showOnlyLevel: "F");
        var fit = BaselineTable.Build(["a", "a", "b", "b"], [v]);
        Assert.Equal([false, true], fit.Variables[0].Levels.Select(l => l.Shown));
        Assert.Throws<ArgumentException>(() => BaselineVariable.Categorical("sex", ["F", "X"], levels: ["M", "F"]));
        Assert.Throws<ArgumentException>(() => BaselineTable.Build(["a", "a"], [BaselineVariable.Continuous("x", [1, 2])]));
    }

    [Fact]
    public void Suppression_runs_across_levels_missing_row_and_arms()
    {
        // Arms a (n 30) and b (n 40). Site: x = 25/30, y = 3/8, missing = 2/2 (K = 5).
        // Block rows: x (25, 30 | 55), y (3, 8 | 11), missing (2, 2 | 4); column totals 30, 40 | 70.
        // Primary: y/a = 3, missing a = 2, missing b = 2, missing total 4.
        // Row y: one hidden -> smallest visible 8 (y/b). Row missing: already 3 hidden.
        // Column a: y/a and missing/a hidden (2). Column b: y/b, missing/b (2). Total column: 55, 11, 4 | 70 -> 4 hidden alone -> hide 11 (y total).
        // Row y now: 3, 8, 11 all hidden. Stable. Arm totals stay visible.
        string?[] arm = [.. Enumerable.Repeat("a", 30), .. Enumerable.Repeat("b", 40)];
        string?[] site =
        [
            .. Enumerable.Repeat("x", 25), .. Enumerable.Repeat("y", 3), .. Enumerable.Repeat<string?>(null, 2),
            .. Enumerable.Repeat("x", 30), .. Enumerable.Repeat("y", 8), .. Enumerable.Repeat<string?>(null, 2),
        ];
        var fit = BaselineTable.Build(arm, [BaselineVariable.Categorical("site", site)]);
        var s = BaselineTableSuppression.Apply(fit, 5);
        var block = s.Variables[0];
        bool[][] expected = [[false, false], [true, true], [true, true]];
        Assert.Equal(expected, block.Hidden.Select(r => r.ToArray()).ToArray());
        Assert.Equal([false, true, true], block.RowTotalHidden.ToArray());
        Assert.DoesNotContain(true, s.GroupCountHidden);
        Assert.False(s.OverallCountHidden);

        // Percentages: every percentage of a column whose missing count is hidden is hidden (it reveals the denominator).
        Assert.All(s.PercentHidden[0], level => Assert.All(level, Assert.True));
        Assert.Equal("<5", s.HiddenText);
    }

    [Fact]
    public void A_small_arm_is_hidden_in_the_header_and_every_block()
    {
        // Arm b has 4 subjects (< 5): hidden in the header; the header line (26, 4 | 30) then hides 26 too.
        string?[] arm = [.. Enumerable.Repeat("a", 26), .. Enumerable.Repeat("b", 4)];
        var x = BaselineVariable.Continuous("x", [.. Enumerable.Range(0, 30).Select(i => (double)i)]);
        var s = BaselineTableSuppression.Apply(BaselineTable.Build(arm, [x]), 5);
        Assert.Equal([true, true], s.GroupCountHidden.ToArray());
        Assert.All(s.Variables, b => Assert.Equal([true, true], b.ColumnTotalHidden.ToArray()));
    }
}
