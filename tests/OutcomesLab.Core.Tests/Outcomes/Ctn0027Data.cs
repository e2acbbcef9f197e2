using System.Globalization;
using OutcomesLab.Outcomes;
using OutcomesLab.Testing;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>
/// The bundled CTN-0027 tables (data/ctn0027, MIT, from public.ctn0094data 1.0.6), read with a
/// plain split: their text fields never contain the delimiter.
/// </summary>
internal static class Ctn0027Data
{
    private static readonly Lazy<List<string[]>> RandomizationRows = new(() => Read("randomization.csv"));
    private static readonly Lazy<List<string[]>> TreatmentRows = new(() => Read("treatment.csv"));
    private static readonly Lazy<List<string[]>> VisitRows = new(() => Read("visit.csv"));
    private static readonly Lazy<List<string[]>> UdsRows = new(() => Read("uds.csv"));

    /// <summary>who, treatment, which, when.</summary>
    public static List<string[]> Randomization => RandomizationRows.Value;

    /// <summary>who, amount, when.</summary>
    public static List<string[]> Treatment => TreatmentRows.Value;

    /// <summary>who, visit, what, flags..., when (last).</summary>
    public static List<string[]> Visit => VisitRows.Value;

    /// <summary>who, what, when.</summary>
    public static List<string[]> Uds => UdsRows.Value;

    public static int Int(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static double Number(string s) => s.Length == 0 ? double.NaN : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The randomised patients (which = 1) with their randomisation day and arm.</summary>
    public static RetentionIndex RandomisedIndex()
    {
        var rows = Randomization.Where(r => r[2] == "1").ToList();
        return RetentionIndex.Create([.. rows.Select(r => r[0])], [.. rows.Select(r => Int(r[3]))], [.. rows.Select(r => r[1])]);
    }

    /// <summary>The daily study-drug doses as dispensing records (one day each).</summary>
    public static DispensingRecords Dosing() =>
        DispensingRecords.Create([.. Treatment.Select(r => r[0])], [.. Treatment.Select(r => Int(r[2]))], doses: [.. Treatment.Select(r => Number(r[1]))]);

    private static List<string[]> Read(string file)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("data", "ctn0027", file));
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',').Select(f => f.Trim('"')).ToArray())];
    }
}
