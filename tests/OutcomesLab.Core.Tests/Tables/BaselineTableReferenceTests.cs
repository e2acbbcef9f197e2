using System.Globalization;
using System.Text.Json.Nodes;
using OutcomesLab.Inference;
using OutcomesLab.Tables;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Tables;

/// <summary>
/// Table 1 against R 4.2 (base R mean, sd, quantile(type = 7), oneway.test(var.equal = TRUE),
/// kruskal.test, chisq.test, fisher.test and the Austin / Yang–Dalton SMD formulas written out with
/// MASS::ginv): Fixtures/reference/table1/make_table1.R, see PROVENANCE.md there. 1e-10 relative.
/// </summary>
public sealed class BaselineTableReferenceTests
{
    public static TheoryData<string, string, string, string[], string[], string[], string[], string?> Cases() => new()
    {
        { "sim_three_arms", "sim.csv", "arm", ["age", "dose_mg", "eq_vas", "eq_vas_w24"], ["dose_mg", "eq_vas_w24"], ["sex", "site", "mo_w24"], [], null },
        { "sim_two_arms", "sim.csv", "arm", ["age", "dose_mg", "eq_vas_w24"], ["dose_mg"], ["sex", "mo_w24"], ["sex"], "methadone,buprenorphine" },
        { "addicts_clinic", "addicts.csv", "clinic", ["mdose", "days"], ["days"], ["prison"], ["prison"], null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Table1_matches_R(string name, string data, string group, string[] continuous, string[] nonNormal, string[] categorical, string[] exact, string? keepArms)
    {
        var csv = ReferenceData.Csv(Path.Combine("table1", data));
        var keep = keepArms?.Split(',');
        var rows = Enumerable.Range(0, csv[group].Length).Where(i => keep is null || keep.Contains(csv[group][i])).ToArray();
        string?[] Texts(string c) => [.. rows.Select(i => csv[c][i].Length == 0 ? null : csv[c][i])];
        double[] Numbers(string c) => [.. rows.Select(i => csv[c][i].Length == 0 ? double.NaN : double.Parse(csv[c][i], NumberStyles.Float, CultureInfo.InvariantCulture))];
        var variables = continuous.Select(c => BaselineVariable.Continuous(c, Numbers(c), nonNormal.Contains(c)))
            .Concat(categorical.Select(c => BaselineVariable.Categorical(c, Texts(c), exactTest: exact.Contains(c))))
            .ToList();
        var fit = BaselineTable.Build(Texts(group), variables, new BaselineTableOptions { PValues = true });
        var r = ReferenceData.JsonNodeOf(Path.Combine("table1", name + ".json"));

        Assert.Equal(r["arms"]!.AsArray().Select(a => a!.GetValue<string>()), fit.Groups);
        Assert.Equal(r["arm_n"]!.AsArray().Select(a => a!.GetValue<int>()), fit.GroupCounts);
        Assert.Equal(r["overall_n"]!.GetValue<int>(), fit.OverallCount);
        foreach (var rv in r["variables"]!.AsArray())
        {
            var v = fit.Variables.Single(x => x.Name == rv!["name"]!.GetValue<string>());
            var what = $"{name}/{v.Name}";
            if (v.Kind == BaselineVariableKind.Continuous)
            {
                var stats = v.ArmStatistics.Append(v.OverallStatistics!).ToList();
                var rs = rv!["stats"]!.AsArray();
                for (var c = 0; c < stats.Count; c++)
                {
                    Assert.Equal(rs[c]!["n"]!.GetValue<int>(), stats[c].N);
                    Assert.Equal(rs[c]!["missing"]!.GetValue<int>(), stats[c].Missing);
                    NumericAssert.AllClose(
                        [.. new[] { "mean", "sd", "median", "q1", "q3", "min", "max" }.Select(key => D(rs[c]![key]))],
                        [stats[c].Mean, stats[c].StandardDeviation, stats[c].Median, stats[c].FirstQuartile, stats[c].ThirdQuartile, stats[c].Minimum, stats[c].Maximum],
                        what: $"{what} column {c} mean/sd/median/q1/q3/min/max");
                }
            }
            else
            {
                Assert.Equal(rv!["levels"]!.AsArray().Select(l => l!.GetValue<string>()), v.Levels.Select(l => l.Level));
                var counts = rv["counts"]!.AsArray();
                var percent = rv["percent"]!.AsArray();
                for (var l = 0; l < v.Levels.Length; l++)
                {
                    Assert.Equal(counts[l]!.AsArray().Select(x => (int)x!.GetValue<double>()), v.Levels[l].Counts);
                    Assert.Equal((int)rv["overall_counts"]![l]!.GetValue<double>(), v.Levels[l].OverallCount);
                    NumericAssert.AllClose(
                        [.. percent[l]!.AsArray().Select(D), D(rv["overall_percent"]![l])],
                        [.. v.Levels[l].Percents.Select(p => (double?)p), v.Levels[l].OverallPercent],
                        what: $"{what} level {l} percent");
                }

                Assert.Equal(rv["missing"]!.AsArray().Select(x => x!.GetValue<int>()), v.Missing);
                Assert.Equal(rv["overall_missing"]!.GetValue<int>(), v.OverallMissing);
            }

            var vsFirst = rv!["smd_vs_first"]!;
            var expectedVsFirst = vsFirst is JsonArray a ? a.Select(D).ToList() : [D(vsFirst)];
            NumericAssert.AllClose(expectedVsFirst, v.SmdVersusFirst, what: $"{what} SMD vs first arm");
            NumericAssert.Close(D(rv["smd_mean"]), v.Smd, what: $"{what} mean pairwise SMD");

            var test = rv["test"]!;
            var exactP = test["fisher_p"];
            Assert.NotNull(v.Test);
            if (exactP is not null)
            {
                // Fisher's p sums table probabilities exactly as R does; 1e-10 as for closed forms.
                NumericAssert.Close(D(exactP), v.Test!.PValue, what: $"{what} Fisher p");
                var yates = ChiSquareTest.Compute([.. v.Levels.Select(l => (IReadOnlyList<int>)[.. l.Counts])]);
                NumericAssert.Close(D(test["statistic"]), yates.Statistic, what: $"{what} Yates chi-square");
                NumericAssert.Close(D(test["p"]), yates.PValue, what: $"{what} Yates p");
                continue;
            }

            NumericAssert.Close(D(test["statistic"]), v.Test!.Statistic, what: $"{what} statistic");
            NumericAssert.Close(D(test["df"]), v.Test.DegreesOfFreedom, what: $"{what} df");
            NumericAssert.Close(D(test["p"]), v.Test.PValue, what: $"{what} p");
            if (test["df2"] is { } df2)
            {
                NumericAssert.Close(D(df2), v.Test.DenominatorDegreesOfFreedom, what: $"{what} df2");
            }

            var expectSmall = test["min_expected"] is { } e && e.GetValue<double>() < 5;
            Assert.Equal(expectSmall, fit.Diagnostics.Any(d => d.Code == "small-expected-count" && d.Message.StartsWith(v.Name + ":", StringComparison.Ordinal)));
        }
    }

    private static double? D(JsonNode? node) => node?.GetValue<double>();
}
