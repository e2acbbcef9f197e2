using Xunit;

namespace OutcomesLab.Core.Tests;

/// <summary>Oracle: R's <c>factor()</c> (levels sorted in the C locale, numerically for numbers; codes = <c>as.integer(f) - 1</c>), worked by hand.</summary>
public sealed class FactorTests
{
    [Fact]
    public void Codes_and_levels_are_those_of_R_factor()
    {
        // factor(c("b", "a", "c", "a")): levels a, b, c; as.integer - 1 = 1, 0, 2, 0.
        var f = Factor.Create("arm", ["b", "a", "c", "a"], 4);
        Assert.Equal(["a", "b", "c"], f.Levels);
        Assert.Equal([1, 0, 2, 0], f.Codes);

        // factor(c(10, 2, 1)) of a numeric column: levels 1, 2, 10.
        Assert.Equal(["1", "2", "10"], Factor.Create("site", ["10", "2", "1"], 3).Levels);
    }

    [Fact]
    public void Labels_that_are_separate_string_instances_get_the_same_codes()
    {
        var shared = Enumerable.Range(0, 5000).Select(i => (i * 7 % 3) switch { 0 => "methadone", 1 => "buprenorphine", _ => "xr-naltrexone" }).ToArray();

        // A new instance per row (as text parsed without interning): beyond the instance cache.
        var copies = shared.Select(s => new string(s.AsSpan())).ToArray();
        var a = Factor.Create("arm", shared, shared.Length);
        var b = Factor.Create("arm", copies, copies.Length);
        Assert.Equal(a.Levels, b.Levels);
        Assert.Equal(a.Codes, b.Codes);
        Assert.Equal(["buprenorphine", "methadone", "xr-naltrexone"], a.Levels);
        Assert.Equal(shared.Select(s => s == "buprenorphine" ? 0 : s == "methadone" ? 1 : 2), a.Codes);
    }

    [Fact]
    public void Declared_levels_set_the_order_and_the_first_undeclared_label_is_named()
    {
        var f = Factor.Create("arm", ["b", "a", "b"], 3, ["b", "a"]);
        Assert.Equal(["b", "a"], f.Levels);
        Assert.Equal([0, 1, 0], f.Codes);

        var error = Assert.Throws<ArgumentException>(() => Factor.Create("arm", ["a", "x", "y", "x"], 4, ["a"]));
        Assert.Contains("arm[1] is \"x\", which is not among the declared levels (a)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_label_is_named_by_position()
    {
        var error = Assert.Throws<ArgumentException>(() => Factor.Create("strata", ["a", null!, "b"], 3));
        Assert.Contains("strata[1] is missing", error.Message, StringComparison.Ordinal);
    }
}
