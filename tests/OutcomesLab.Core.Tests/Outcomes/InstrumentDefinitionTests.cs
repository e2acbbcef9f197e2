using OutcomesLab.Outcomes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>Generic instrument definitions from JSON: scoring and precise validation messages.</summary>
public sealed class InstrumentDefinitionTests
{
    private const string Kessler = """
        {
          "name": "demo-6",
          "citation": "made-up test scale",
          "items": ["a1", "a2", "a3", "a4"],
          "minimum": 0, "maximum": 4,
          "reverse_scored": ["a4"],
          "max_missing_items": 1,
          "scales": [
            { "name": "total", "items": ["a1", "a2", "a3", "a4"], "minimum_answered": 3, "aggregation": "sum",
              "transform": { "from": [0, 16], "to": [0, 100] } },
            { "name": "first", "items": ["a1", "a2"], "aggregation": "mean", "multiplier": 2 }
          ]
        }
        """;

    [Fact]
    public void Scores_by_hand()
    {
        var d = InstrumentDefinition.FromJson(Kessler);
        // a4 = 1 reversed → 0 + 4 - 1 = 3; total = 2 + 3 + 1 + 3 = 9 → 9/16 × 100 = 56.25; first = (2 + 3)/2 × 2 = 5
        var s = d.Score([2, 3, 1, 1]);
        NumericAssert.Close(9, s["total"].Score, rel: 1e-15);
        NumericAssert.Close(56.25, s["total"].Transformed, rel: 1e-15);
        NumericAssert.Close(5, s["first"].Score, rel: 1e-15);
        // one missing: prorated sum (2 + 3 + 3)/3 × 4 = 32/3; "first" needs both items
        var m = d.Score([2, 3, null, 1]);
        NumericAssert.Close(32.0 / 3, m["total"].Score, rel: 1e-14);
        Assert.True(d.Score([2, null, null, 1]).Excluded);
    }

    [Fact]
    public void Whoqol_bref_round_trips_through_the_generic_mechanism()
    {
        const string json = """
            {"name": "WHOQOL-BREF social only", "items": ["q20", "q21", "q22"], "minimum": 1, "maximum": 5,
             "scales": [{"name": "social", "items": ["q20", "q21", "q22"], "minimum_answered": 2, "multiplier": 4,
                         "transform": {"from": [4, 20], "to": [0, 100]}}]}
            """;
        var s = InstrumentDefinition.FromJson(json).Score([4, 3, 4]);
        NumericAssert.Close(44.0 / 3, s["social"].Score, rel: 1e-14);
        NumericAssert.Close(200.0 / 3, s["social"].Transformed, rel: 1e-14);
    }

    [Theory]
    [InlineData("""{"name": "x", "items": ["a"], "minimum": 1, "maximum": 5, "scales": [], "colour": 1}""", "\"colour\" is not a known key")]
    [InlineData("""{"name": "x", "items": ["a"], "minimum": 1, "scales": [{"name": "s", "items": ["a"]}]}""", "\"maximum\" is required")]
    [InlineData("""{"name": "x", "items": ["a"], "minimum": "1", "maximum": 5, "scales": [{"name": "s", "items": ["a"]}]}""", "\"minimum\": expected a number")]
    [InlineData("""{"name": "x", "items": ["a", "b"], "minimum": 1, "maximum": 5, "scales": [{"name": "s", "items": ["a", "c"]}]}""", "\"scales[0].items[1]\": \"c\" is not one of the items")]
    [InlineData("""{"name": "x", "items": ["a"], "minimum": 1, "maximum": 5, "scales": [{"name": "s", "items": ["a"], "minimum_answered": 2}]}""", "\"scales[0].minimum_answered\": must be 1 to 1")]
    [InlineData("""{"name": "x", "items": ["a"], "minimum": 1, "maximum": 5, "scales": [{"name": "s", "items": ["a"], "aggregation": "median"}]}""", "expected \"mean\" or \"sum\"")]
    [InlineData("""{"name": "x", "items": ["a"], "minimum": 5, "maximum": 1, "scales": [{"name": "s", "items": ["a"]}]}""", "maximum > minimum")]
    [InlineData("""{"name": "x", "items": ["a"], "minimum": 1, "maximum": 5, "reverse_scored": ["z"], "scales": [{"name": "s", "items": ["a"]}]}""", "\"reverse_scored[0]\"")]
    [InlineData("""{"name": "x", "items": ["a"], "minimum": 1, "maximum": 5, "scales": [{"name": "s", "items": ["a"], "transform": {"from": [1]}}]}""", "\"scales[0].transform\"")]
    [InlineData("""{"name": "x", """, "not valid JSON")]
    public void Invalid_definitions_name_the_key(string json, string expected)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => InstrumentDefinition.FromJson(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
