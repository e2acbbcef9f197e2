using System.Text.Json;
using OutcomesLab.Survival;
using OutcomesLab.Testing;

namespace OutcomesLab.Core.Tests.Survival.CompetingRisks;

/// <summary>Loads the R reference data and JSON fixtures copied from ../shared/reference (see PROVENANCE-competing-risks.md).</summary>
internal static class CompetingRisksFixtures
{
    public static readonly JsonSerializerOptions Json = ReferenceData.Json;

    public static JsonElement LoadJson(string name) => ReferenceData.JsonElementOf(Path.Combine("survival", name + ".json"));

    /// <summary>Reads named columns of a reference CSV (comma-separated, no quoting, empty = NA).</summary>
    public static Dictionary<string, string[]> ReadCsv(string name) => ReferenceData.Csv(Path.Combine("data", name));

    public static double[] Doubles(string[] col) => ReferenceData.Doubles(col);

    public static int[] Ints(string[] col) => ReferenceData.Ints(col);

    public static SurvivalSample Mgus2(bool bySex)
    {
        var d = ReadCsv("mgus2.csv");
        return SurvivalSample.CreateCompeting(Doubles(d["etime"]), Ints(d["event"]), groups: bySex ? d["sex"] : null,
            options: new SurvivalSampleOptions(GroupLevels: ["F", "M"]));
    }

    public static SurvivalSample Retention(bool byArm)
    {
        var d = ReadCsv("retention_synthetic.csv");
        return SurvivalSample.CreateCompeting(Doubles(d["time_days"]), Ints(d["event_type"]), groups: byArm ? d["arm"] : null,
            options: new SurvivalSampleOptions(GroupLevels: ["methadone", "buprenorphine", "xr_naltrexone"]));
    }

    public static double?[] Vec(JsonElement e) => e.Deserialize<double?[]>(Json)!;

    public static string[] Strings(JsonElement e) => e.Deserialize<string[]>(Json)!;
}
