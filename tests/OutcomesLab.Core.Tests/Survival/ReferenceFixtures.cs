using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OutcomesLab.Survival;
using OutcomesLab.Testing;

namespace OutcomesLab.Core.Tests.Survival;

/// <summary>Loads the R reference fixtures copied under Fixtures/reference (see PROVENANCE.md).</summary>
internal static class ReferenceFixtures
{
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals | JsonNumberHandling.AllowReadingFromString,
    };

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "reference", relative);

    public static JsonNode Load(string relative) => JsonNode.Parse(File.ReadAllText(PathOf(relative)))!;

    public static double? Num(JsonNode? node) => node is null ? null : node.Deserialize<double?>(Json);

    public static double?[] Nums(JsonNode? node) => node is null ? [] : node.Deserialize<double?[]>(Json)!;

    public static double[] Doubles(JsonNode? node) => node!.Deserialize<double[]>(Json)!;

    public static string[] Strings(JsonNode? node) => node!.Deserialize<string[]>()!;

    /// <summary>Rows of a fixture CSV: header → column values (empty string = missing).</summary>
    public static Dictionary<string, string[]> Csv(string relative)
    {
        var lines = File.ReadAllLines(PathOf(relative)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        var cols = header.ToDictionary(h => h, _ => new string[lines.Length - 1], StringComparer.Ordinal);
        for (var r = 1; r < lines.Length; r++)
        {
            var f = lines[r].Split(',');
            for (var c = 0; c < header.Length; c++)
            {
                cols[header[c]][r - 1] = f[c];
            }
        }

        return cols;
    }

    public static double[] ToDoubles(string[] v) => v.Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

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
