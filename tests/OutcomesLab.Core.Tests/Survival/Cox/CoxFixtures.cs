using System.Text.Json;
using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Testing;

namespace OutcomesLab.Core.Tests.Survival.Cox;

/// <summary>Loads the R reference data and Cox fixtures copied from ../shared/reference (see PROVENANCE-cox.md) and builds the models of make_reference.R.</summary>
internal static class CoxFixtures
{
    public static readonly JsonSerializerOptions Json = ReferenceData.Json;

    public static JsonElement LoadJson(string name) => ReferenceData.JsonElementOf(Path.Combine("survival", name + ".json"));

    /// <summary>Reads a reference CSV (comma-separated, no quoting, empty = NA) and keeps the rows with no NA in <paramref name="used"/> (R's na.omit).</summary>
    public static Dictionary<string, string[]> ReadCsv(string name, params string[] used) => ReferenceData.Csv(Path.Combine("data", name), used);

    public static double[] Doubles(string[] col) => ReferenceData.Doubles(col);

    public static double?[] Vec(JsonElement e) => e.Deserialize<double?[]>(Json)!;

    public static double Num(JsonElement e, string name) => e.GetProperty(name).Deserialize<double>(Json);

    public static double?[][] Mat(JsonElement e) => e.Deserialize<double?[][]>(Json)!;

    /// <summary>coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lung): 227 rows after na.omit.</summary>
    public static (SurvivalSample Sample, DesignMatrix X) Lung()
    {
        var d = ReadCsv("lung.csv", "time", "status", "age", "sex", "ph.ecog");
        var sample = SurvivalSample.Create(Doubles(d["time"]), [.. d["status"].Select(s => s == "2")]);
        var x = new DesignMatrixBuilder().AddNumeric("age", Doubles(d["age"])).AddNumeric("sex", Doubles(d["sex"])).AddNumeric("ph.ecog", Doubles(d["ph.ecog"])).Build();
        return (sample, x);
    }

    /// <summary>coxph(Surv(time, status) ~ trt + karno + age + strata(celltype), data = veteran).</summary>
    public static (SurvivalSample Sample, DesignMatrix X) Veteran()
    {
        var d = ReadCsv("veteran.csv");
        var sample = SurvivalSample.Create(Doubles(d["time"]), [.. d["status"].Select(s => s == "1")], strata: d["celltype"],
            options: new SurvivalSampleOptions(StrataLevels: ["squamous", "smallcell", "adeno", "large"]));
        var x = new DesignMatrixBuilder().AddNumeric("trt", Doubles(d["trt"])).AddNumeric("karno", Doubles(d["karno"])).AddNumeric("age", Doubles(d["age"])).Build();
        return (sample, x);
    }

    /// <summary>coxph(Surv(time_days, event) ~ arm + age + dose_mg, data = retention), arm reference methadone.</summary>
    public static (SurvivalSample Sample, DesignMatrix X, string[] Site) Retention()
    {
        var d = ReadCsv("retention_synthetic.csv");
        var sample = SurvivalSample.Create(Doubles(d["time_days"]), [.. d["event"].Select(s => s == "1")]);
        var x = new DesignMatrixBuilder()
            .AddCategorical("arm", d["arm"], reference: "methadone", levels: ["methadone", "buprenorphine", "xr_naltrexone"])
            .AddNumeric("age", Doubles(d["age"])).AddNumeric("dose_mg", Doubles(d["dose_mg"])).Build();
        return (sample, x, d["site"]);
    }

    /// <summary>coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, data = heart): survival's jasa1 (start, stop] data, 172 rows, 103 subjects (data/heart.csv).</summary>
    public static (SurvivalSample Sample, DesignMatrix X, string[] Id) Heart()
    {
        var d = ReadCsv("heart.csv");
        var sample = SurvivalSample.Create(Doubles(d["stop"]), [.. d["event"].Select(s => s == "1")], entryTimes: Doubles(d["start"]));
        var x = new DesignMatrixBuilder().AddNumeric("age", Doubles(d["age"])).AddNumeric("year", Doubles(d["year"]))
            .AddNumeric("surgery", Doubles(d["surgery"])).AddNumeric("transplant", Doubles(d["transplant"])).Build();
        return (sample, x, d["id"]);
    }

    /// <summary>The complete-case lung rows with the case weights w = 0.5 + ((i - 1) %% 7) / 4 (i = 1..227) of make_cox_extra.R.</summary>
    public static double[] LungWeights(int n) => [.. Enumerable.Range(0, n).Select(i => 0.5 + ((i % 7) / 4.0))];
}
