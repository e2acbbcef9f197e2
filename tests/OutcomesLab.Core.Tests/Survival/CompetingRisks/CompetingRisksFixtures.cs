using System.Globalization;
using System.Text.Json;
using OutcomesLab.Survival;

namespace OutcomesLab.Core.Tests.Survival.CompetingRisks;

/// <summary>Loads the R reference data and JSON fixtures copied from ../shared/reference (see PROVENANCE-competing-risks.md).</summary>
internal static class CompetingRisksFixtures
{
    public static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "reference");

    public static JsonElement LoadJson(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "survival", name + ".json")));
        return doc.RootElement.Clone();
    }

    /// <summary>Reads named columns of a reference CSV (comma-separated, no quoting, empty = NA).</summary>
    public static Dictionary<string, string[]> ReadCsv(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "data", name));
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

    public static double[] Doubles(string[] col) => [.. col.Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture))];

    public static int[] Ints(string[] col) => [.. col.Select(s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture))];

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
