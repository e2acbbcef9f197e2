using System.Globalization;
using OutcomesLab.Survival;
using OutcomesLab.Testing;

namespace OutcomesLab.Plotting.Tests;

/// <summary>The bundled real and simulated cohorts, read with a minimal CSV split (Plotting tests must not depend on OutcomesLab.IO).</summary>
internal static class TestData
{
    public static (string[] Header, List<string[]> Rows) Csv(params string[] relative)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine(["data", .. relative]));
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
        return (header, [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',').Select(v => v.Trim('"')).ToArray())]);
    }

    public static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Caplehorn &amp; Bell (1991) addicts: days in treatment, departure, clinic (1/2).</summary>
    public static SurvivalSample Addicts()
    {
        var (h, rows) = Csv("addicts", "addicts.csv");
        int days = Array.IndexOf(h, "days"), departed = Array.IndexOf(h, "departed"), clinic = Array.IndexOf(h, "clinic");
        return SurvivalSample.Create(
            [.. rows.Select(r => Num(r[days]))],
            [.. rows.Select(r => r[departed] == "1")],
            [.. rows.Select(r => "Clinic " + r[clinic])]);
    }

    public static KaplanMeierResult AddictsKm() => KaplanMeier.Fit(Addicts());

    /// <summary>The simulated cohort with competing reasons for leaving treatment (event_type 0 = censored).</summary>
    public static SurvivalSample SimulatedCompeting()
    {
        var (h, rows) = Csv("simulated_cohort.csv");
        int time = Array.IndexOf(h, "time_days"), type = Array.IndexOf(h, "event_type"), arm = Array.IndexOf(h, "arm");
        return SurvivalSample.CreateCompeting(
            [.. rows.Select(r => Num(r[time]))],
            [.. rows.Select(r => int.Parse(r[type], CultureInfo.InvariantCulture))],
            [.. rows.Select(r => r[arm])]);
    }

    /// <summary>Writes a rendered figure for a human to look at (tests/.../bin/.../figures).</summary>
    public static string Keep(string name, byte[] bytes)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "figures");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
