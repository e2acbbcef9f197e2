using OutcomesLab.Outcomes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>
/// Change from baseline per group against R 4.2 base (t.test, sd): Fixtures/change-from-baseline/make_change_from_baseline.R
/// and the numbers it printed (make_change_from_baseline.out). The data are small enough to check by hand too:
/// baseline 0.5, 0.6, 0.7, 0.4, 0.8 has mean 0.6 and SD √(0.1/4) = 0.1581139, so S_diff = √2 · SD · √0.2 = 0.1 and a
/// change is reliable beyond ±0.196.
/// </summary>
public sealed class ChangeFromBaselineTests
{
    private static readonly double[][] Values =
    [
        [0.5, 0.6, 0.7], [0.6, 0.61, double.NaN], [0.7, 0.9, 0.65], [double.NaN, 0.8, 0.8],
        [0.4, 0.3, 0.1], [0.8, 0.9, 1.0],
    ];

    private static readonly string[] Groups = ["a", "a", "a", "a", "b", "b"];

    [Fact]
    public void Means_intervals_responders_and_reliable_change_match_R()
    {
        var r = ChangeFromBaseline.Compute(Values, ["baseline", "w12", "w24"], Groups, new ChangeFromBaselineOptions { MinimalImportantDifference = 0.05, Reliability = 0.8 });
        NumericAssert.Close(0.15811388300841897, r.BaselineSD, rel: 1e-14);
        Assert.Equal(["a", "b"], r.Groups);
        Assert.Equal([("a", "w12"), ("b", "w12"), ("a", "w24"), ("b", "w24")], r.Changes.Select(c => (c.Change.Group, c.Change.Visit)));
        Assert.Equal([1, 1, 2, 2], r.Changes.Select(c => c.Change.VisitIndex));

        // R: n, mean, sd, t.test(ch)$conf.int, sum(ch >= 0.05), and the RCI categories, per visit and group.
        (int N, double Mean, double Sd, double Lower, double Upper, int Responders, int Improved, int Unchanged, int Deteriorated)[] expected =
        [
            (3, 0.10333333333333335, 0.095043849529221722, -0.13276867755213015, 0.33943534421879684, 2, 1, 2, 0),
            (2, -2.7755575615628914e-17, 0.14142135623730953, -1.2706204736174695, 1.2706204736174695, 1, 0, 2, 0),
            (2, 0.075000000000000011, 0.17677669529663681, -1.5132755920218361, 1.6632755920218361, 1, 1, 1, 0),
            (2, -0.050000000000000044, 0.35355339059327379, -3.2265511840436734, 3.1265511840436737, 1, 1, 0, 1),
        ];
        for (var k = 0; k < expected.Length; k++)
        {
            var (c, e) = (r.Changes[k], expected[k]);
            Assert.Equal(e.N, c.Change.N);
            NumericAssert.Close(e.Mean, c.Change.Mean, rel: 1e-12, abs: 1e-15, what: $"mean {k}");
            NumericAssert.Close(e.Sd, c.Change.SD, rel: 1e-12, what: $"SD {k}");
            NumericAssert.Close(e.Lower, c.Change.Lower, rel: 1e-10, what: $"lower {k}");
            NumericAssert.Close(e.Upper, c.Change.Upper, rel: 1e-10, what: $"upper {k}");
            Assert.Equal((e.Responders, e.Improved, e.Unchanged, e.Deteriorated), (c.Responders!.Value, c.ReliablyImproved!.Value, c.NoReliableChange!.Value, c.ReliablyDeteriorated!.Value));
        }
    }

    [Fact]
    public void Without_mid_or_reliability_only_the_summary_is_given()
    {
        // One group "All"; w12 changes 0.1, 0.01, 0.2, -0.1, 0.1 (by hand): mean 0.062.
        var r = ChangeFromBaseline.Compute(Values, ["baseline", "w12", "w24"], null);
        Assert.Equal(["All"], r.Groups);
        var c = r.Changes[0];
        Assert.Equal(5, c.Change.N);
        NumericAssert.Close(0.062, c.Change.Mean, rel: 1e-12);
        Assert.Null(c.Responders);
        Assert.Null(c.ReliablyImproved);
        Assert.Null(c.NoReliableChange);
        Assert.Null(c.ReliablyDeteriorated);
    }

    [Fact]
    public void Lower_is_better_flips_responders_and_reliable_direction()
    {
        // Group b at w24: changes -0.3 and 0.2; lower is better, so -0.3 responds and is a reliable improvement, 0.2 a reliable deterioration.
        var r = ChangeFromBaseline.Compute(Values, ["baseline", "w12", "w24"], Groups, new ChangeFromBaselineOptions { MinimalImportantDifference = 0.05, Reliability = 0.8, HigherIsBetter = false });
        var b = r.Changes[3];
        Assert.Equal((1, 1, 0, 1), (b.Responders!.Value, b.ReliablyImproved!.Value, b.NoReliableChange!.Value, b.ReliablyDeteriorated!.Value));
    }

    [Fact]
    public void Invalid_input_names_the_parameter_and_the_first_bad_value()
    {
        Assert.Equal("visits", Assert.Throws<ArgumentException>(() => ChangeFromBaseline.Compute(Values.Select(v => (IReadOnlyList<double>)v[..1]).ToList(), ["baseline"], null)).ParamName);
        Assert.Equal("groups", Assert.Throws<ArgumentException>(() => ChangeFromBaseline.Compute(Values, ["b", "1", "2"], ["a"])).ParamName);
        var ex = Assert.Throws<ArgumentException>(() => ChangeFromBaseline.Compute([[0.5, 0.6], [0.4, double.PositiveInfinity]], ["b", "1"], null));
        Assert.Equal("values", ex.ParamName);
        Assert.Contains("values[1][1]", ex.Message, StringComparison.Ordinal);
        var rows = Assert.Throws<ArgumentException>(() => ChangeFromBaseline.Compute([[0.5, 0.6], [0.4]], ["b", "1"], null));
        Assert.Contains("Subject 1", rows.Message, StringComparison.Ordinal);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => ChangeFromBaseline.Compute(Values, ["b", "1", "2"], null, new ChangeFromBaselineOptions { MinimalImportantDifference = 0 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => ChangeFromBaseline.Compute(Values, ["b", "1", "2"], null, new ChangeFromBaselineOptions { Reliability = 1 })).ParamName);
    }
}
