using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Cli.Tests.EffectsFixture;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>outcomeslab compare</c>: a continuous and a binary outcome of R's <c>qol_synthetic.csv</c> checked against
/// effectsize/metafor/fisher.test fixtures and hand-derived Holm adjustment; the bundled example spec on the
/// simulated cohort; and validation of the specification file.
/// </summary>
public sealed class CompareCommandTests
{
    private const string QolSpec = """
        {"outcomes": [
          {"name": "QoL week 24", "domain": "quality-of-life", "type": "continuous", "column": "week24", "direction": "higher-is-better"},
          {"name": "Responder", "domain": "patient-goals", "type": "binary", "column": "responder", "direction": "higher-is-better"}
        ]}
        """;

    private static string[] Args(string input, string spec) =>
        ["compare", "--input", input, "--group", "arm", "--treatment", "buprenorphine", "--control", "methadone", "--outcomes", spec];

    [Fact]
    public void Continuous_and_binary_outcomes_match_R()
    {
        using var dir = new TempDirectory();
        var spec = dir.Write("spec.json", QolSpec);
        var json = RunJson(Args(ReferenceFixture.DataPath("qol_synthetic.csv"), spec));
        var smd = EffectsFixture.Load("qol_week24_by_arm_smd");
        var tab = EffectsFixture.Load("qol_responder_by_arm_2x2");
        var qol = json["outcomes"]![0]!;
        Assert.Equal("continuous", (string?)qol["type"]);
        Assert.Equal("mean-difference", (string?)qol["measure"]);
        var md = D(smd["descriptives"]!["mean1"]) - D(smd["descriptives"]!["mean2"]);
        NumericAssert.Close(md, D(qol["estimate"]), rel: 1e-10, what: "mean difference");
        NumericAssert.Close(D(smd["hedges_g"]!["estimate"]), D(qol["d"]), rel: 1e-10, what: "g");
        NumericAssert.Close(D(smd["hedges_g"]!["ci_exact"]![0]), D(qol["d_lower"]), rel: 1e-8, what: "g lower");
        NumericAssert.Close(D(smd["t_test_welch"]!["p"]), D(qol["p"]), rel: 1e-10, what: "Welch p");

        var resp = json["outcomes"]![1]!;
        Assert.Equal("binary", (string?)resp["type"]);
        Assert.Equal("risk-difference", (string?)resp["measure"]);
        NumericAssert.Close(D(tab["raw"]!["risk_difference"]), D(resp["estimate"]), rel: 1e-10, what: "RD");
        var or = resp["natural_effects"]!.AsArray().Single(e => (string?)e!["measure"] == "odds-ratio")!;
        NumericAssert.Close(D(tab["metafor_escalc"]!["OR"]!["exp_ci_lb"]), D(or["lower"]), rel: 1e-10, what: "OR lower");

        // d = log OR · sqrt(3)/pi (hand derivation from metafor's yi).
        NumericAssert.Close(D(tab["metafor_escalc"]!["OR"]!["yi"]) * Math.Sqrt(3) / Math.PI, D(resp["d"]), rel: 1e-10, what: "d from OR");
        NumericAssert.Close(D(tab["fisher"]!["p"]), D(resp["p"]), rel: 1e-7, what: "Fisher p");
        Assert.Equal("treatment", (string?)resp["favours"]);
        Assert.Equal("neither", (string?)qol["favours"]);

        // Holm with 2 p-values: the smaller doubled, the larger max(itself, the first adjusted).
        var p1 = D(resp["p"]);
        var p2 = D(qol["p"]);
        NumericAssert.Close(Math.Min(1, 2 * p1), D(resp["p_adjusted"]), rel: 1e-12, what: "holm 1");
        NumericAssert.Close(Math.Max(p2, 2 * p1), D(qol["p_adjusted"]), rel: 1e-12, what: "holm 2");
        Assert.Equal("holm", (string?)json["adjust"]);
    }

    [Fact]
    public void Bundled_example_runs_with_every_outcome_type()
    {
        var json = RunJson(Args(RepositoryPaths.Combine("data", "simulated_cohort.csv"), RepositoryPaths.Combine("data", "compare_outcomes.json")));
        var outcomes = json["outcomes"]!.AsArray();
        var types = outcomes.Select(o => (string?)o!["type"]).ToHashSet();
        Assert.Equal(["binary", "continuous", "time-to-event"], types.Order(StringComparer.Ordinal));
        foreach (var o in outcomes)
        {
            foreach (var key in new[] { "name", "domain", "type", "measure", "estimate", "lower", "upper", "d", "d_lower", "d_upper", "conversion", "p", "p_adjusted", "favours" })
            {
                Assert.True(o!.AsObject().ContainsKey(key), key);
            }

            Assert.Contains((string?)o!["favours"], new[] { "treatment", "control", "neither" });
            Assert.True(D(o["p_adjusted"]) >= D(o["p"]));
        }

        var retention = outcomes.Single(o => (string?)o!["type"] == "time-to-event")!;
        Assert.Equal("hazard-ratio", (string?)retention["measure"]);

        // lower-is-better: an HR above 1 (more dropout on treatment) gives a negative oriented d.
        Assert.Equal(Math.Sign(-Math.Log(D(retention["estimate"]))), Math.Sign(D(retention["d_oriented"])));
    }

    public static TheoryData<string, string, string[]> BadSpecs() => new()
    {
        { "unknown key", """{"outcomes":[{"name":"A","domain":"retention","type":"continuous","column":"week24","direction":"higher-is-better","colour":"red"}]}""", ["spec.json", "outcomes[0] (\"A\")", "\"colour\"", "\"column\""] },
        { "key of another type", """{"outcomes":[{"name":"A","domain":"retention","type":"continuous","column":"week24","time":"t","direction":"higher-is-better"}]}""", ["\"time\"", "for type continuous"] },
        { "bad type", """{"outcomes":[{"name":"A","domain":"retention","type":"ordinal","column":"week24","direction":"higher-is-better"}]}""", ["outcomes[0] (\"A\").type", "continuous, binary, time-to-event", "\"ordinal\""] },
        { "bad domain", """{"outcomes":[{"name":"A","domain":"qol","type":"continuous","column":"week24","direction":"higher-is-better"}]}""", [".domain", "quality-of-life", "\"qol\""] },
        { "missing direction", """{"outcomes":[{"name":"A","domain":"other","type":"continuous","column":"week24"}]}""", ["the key \"direction\""] },
        { "bad event-when", """{"outcomes":[{"name":"A","domain":"other","type":"binary","column":"week24","event-when":"about 3","direction":"higher-is-better"}]}""", [".event-when", ">= 3"] },
        { "unknown top-level key", """{"outcome":[]}""", ["(top level)", "\"outcome\""] },
        { "JSON syntax", "{\"outcomes\": [\n  {\"name\": \"A\",,}\n]}", ["spec.json line 2"] },
        { "column not in the file", """{"outcomes":[{"name":"A","domain":"other","type":"continuous","column":"wk24","direction":"higher-is-better"}]}""", ["\"wk24\"", "Did you mean"] },
        { "non-binary outcome", """{"outcomes":[{"name":"A","domain":"other","type":"binary","column":"week24","direction":"higher-is-better"}]}""", ["qol_synthetic.csv line", "column \"week24\"", "event-value"] },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void Invalid_specification_exits_2_with_a_precise_message_and_writes_nothing(string name, string spec, string[] expected)
    {
        using var dir = new TempDirectory();
        var specPath = dir.Write("spec.json", spec);
        var output = dir.File("out.json");
        var (code, stdout, err) = CliRunner.Run([.. Args(ReferenceFixture.DataPath("qol_synthetic.csv"), specPath), "--output", output]);
        Assert.True(code == 2, $"{name}: exit {code}: {err}");
        Assert.Equal("", stdout);
        Assert.False(File.Exists(output));
        foreach (var e in expected)
        {
            Assert.Contains(e, err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_documents_the_schema_with_an_example()
    {
        var (code, output, _) = CliRunner.Run("compare", "--help");
        Assert.Equal(0, code);
        Assert.Contains("event-when", output, StringComparison.Ordinal);
        Assert.Contains("outcomeslab compare --input", output, StringComparison.Ordinal);
    }
}
