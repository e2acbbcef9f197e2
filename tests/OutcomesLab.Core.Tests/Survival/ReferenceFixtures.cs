using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesLab.Survival;
using OutcomesLab.Testing;

namespace OutcomesLab.Core.Tests.Survival;

/// <summary>Loads the R reference fixtures copied under Fixtures/reference (see PROVENANCE.md).</summary>
internal static class ReferenceFixtures
{
    private static readonly JsonSerializerOptions Json = ReferenceData.Json;

    public static string PathOf(string relative) => ReferenceData.PathOf(relative);

    public static JsonNode Load(string relative) => ReferenceData.JsonNodeOf(relative);

    public static double? Num(JsonNode? node) => node is null ? null : node.Deserialize<double?>(Json);

    public static double?[] Nums(JsonNode? node) => node is null ? [] : node.Deserialize<double?[]>(Json)!;

    public static double[] Doubles(JsonNode? node) => node!.Deserialize<double[]>(Json)!;

    public static string[] Strings(JsonNode? node) => node!.Deserialize<string[]>()!;

    /// <summary>Columns of a fixture CSV by header (empty string = missing).</summary>
    public static Dictionary<string, string[]> Csv(string relative) => ReferenceData.Csv(relative);

    public static double[] ToDoubles(string[] v) => ReferenceData.Doubles(v);

    public static SurvivalSample Lung(bool withGroups = true)
    {
        var d = Csv("data/lung.csv");
        return SurvivalSample.Create(ToDoubles(d["time"]), d["status"].Select(s => s == "2").ToArray(), withGroups ? d["sex"] : null);
    }

    public static SurvivalSample Veteran(bool strata = false)
    {
        var d = Csv("data/veteran.csv");
        return SurvivalSample.Create(
            ToDoubles(d["time"]),
            d["status"].Select(s => s == "1").ToArray(),
            d["trt"],
            strata ? d["celltype"] : null,
            options: new SurvivalSampleOptions(StrataLevels: ["squamous", "smallcell", "adeno", "large"]));
    }

    public static SurvivalSample Aml()
    {
        var d = Csv("data/aml.csv");
        return SurvivalSample.Create(ToDoubles(d["time"]), d["status"].Select(s => s == "1").ToArray(), d["x"]);
    }

    public static SurvivalSample Ovarian()
    {
        var d = Csv("data/ovarian.csv");
        return SurvivalSample.Create(ToDoubles(d["futime"]), d["fustat"].Select(s => s == "1").ToArray());
    }

    public static SurvivalSample Retention()
    {
        var d = Csv("data/retention_synthetic.csv");
        return SurvivalSample.Create(
            ToDoubles(d["time_days"]),
            d["event"].Select(s => s == "1").ToArray(),
            d["arm"],
            options: new SurvivalSampleOptions(GroupLevels: ["methadone", "buprenorphine", "xr_naltrexone"]));
    }

    /// <summary>R stratum label "sex=1" → our group label "1"; "(all)" → "all".</summary>
    public static string GroupOf(string stratum) => stratum == "(all)" ? KaplanMeier.AllLabel : stratum[(stratum.IndexOf('=', StringComparison.Ordinal) + 1)..];

    /// <summary>NumericAssert.AllClose plus bookkeeping of the largest relative error seen (reported by the tests).</summary>
    public static void Close(IReadOnlyList<double?> expected, IReadOnlyList<double?> actual, string what, double rel = 1e-10)
    {
        NumericAssert.AllClose(expected, actual, rel: rel, abs: 1e-14, what: what);
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i] is { } e && actual[i] is { } a && double.IsFinite(e) && e != 0)
            {
                var r = Math.Abs(a - e) / Math.Abs(e);
                lock (Gate)
                {
                    MaxRelativeError = Math.Max(MaxRelativeError, r);
                }
            }
        }
    }

    public static void Exact(IReadOnlyList<double?> expected, IReadOnlyList<double?> actual, string what)
        => NumericAssert.AllClose(expected, actual, rel: 0, abs: 0, what: what);

    private static readonly Lock Gate = new();

    public static double MaxRelativeError { get; private set; }
}
