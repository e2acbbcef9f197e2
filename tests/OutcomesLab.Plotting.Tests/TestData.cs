using System.Globalization;
using OutcomesLab.Design;
using OutcomesLab.EffectSizes;
using OutcomesLab.Outcomes;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
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

    /// <summary>Cox model of the addicts data: clinic, prison record and methadone dose.</summary>
    public static CoxResult AddictsCox()
    {
        var (h, rows) = Csv("addicts", "addicts.csv");
        int days = Array.IndexOf(h, "days"), departed = Array.IndexOf(h, "departed"), clinic = Array.IndexOf(h, "clinic"), prison = Array.IndexOf(h, "prison"), dose = Array.IndexOf(h, "mdose");
        var sample = SurvivalSample.Create([.. rows.Select(r => Num(r[days]))], [.. rows.Select(r => r[departed] == "1")]);
        var design = new DesignMatrixBuilder()
            .AddCategorical("clinic", [.. rows.Select(r => r[clinic])])
            .AddNumeric("prison", [.. rows.Select(r => Num(r[prison]))])
            .AddNumeric("mdose", [.. rows.Select(r => Num(r[dose]))])
            .Build();
        return CoxRegression.Fit(sample, design);
    }

    /// <summary>The outcomes of data/compare_outcomes.json on the simulated cohort, buprenorphine vs methadone (with <paramref name="reportLabels"/>, labelled as in that file and the bundled report).</summary>
    public static DomainComparisonResult Domains(bool reportLabels = false)
    {
        var (h, rows) = Csv("simulated_cohort.csv");
        double Col(string[] r, string name) => r[Array.IndexOf(h, name)] is { Length: > 0 } v ? Num(v) : double.NaN;
        var arms = rows.Select(r => r[Array.IndexOf(h, "arm")]).ToList();
        OutcomeSpecification[] outcomes =
        [
            new("Retention (dropout)", OutcomeDomain.Retention, OutcomeType.TimeToEvent, OutcomeDirection.LowerIsBetter, [.. rows.Select(r => Col(r, "time_days"))], [.. rows.Select(r => Col(r, "event") == 1)]),
            new("EQ VAS week 24", OutcomeDomain.QualityOfLife, OutcomeType.Continuous, OutcomeDirection.HigherIsBetter, [.. rows.Select(r => Col(r, "eq_vas_w24"))]),
            new(reportLabels ? "Pain/discomfort moderate or worse, week 24" : "Pain/discomfort moderate+", OutcomeDomain.QualityOfLife, OutcomeType.Binary, OutcomeDirection.LowerIsBetter, [.. rows.Select(r => Col(r, "pd_w24") is var v && double.IsNaN(v) ? v : v >= 3 ? 1 : 0)]),
            new(reportLabels ? "Anxiety/depression moderate or worse, week 24" : "Anxiety/depression moderate+", OutcomeDomain.MentalHealth, OutcomeType.Binary, OutcomeDirection.LowerIsBetter, [.. rows.Select(r => Col(r, "ad_w24") is var v && double.IsNaN(v) ? v : v >= 3 ? 1 : 0)]),
        ];
        return DomainComparison.Compare(arms, "buprenorphine", "methadone", outcomes);
    }

    /// <summary>CTN-0027 (START) patients at their first randomisation, arm = treatment.</summary>
    public static RetentionIndex Ctn0027Index()
    {
        var (h, rows) = Csv("ctn0027", "randomization.csv");
        int who = Array.IndexOf(h, "who"), arm = Array.IndexOf(h, "treatment"), which = Array.IndexOf(h, "which"), when = Array.IndexOf(h, "when");
        var first = rows.Where(r => r[which] == "1").ToList();
        return RetentionIndex.Create(
            [.. first.Select(r => r[who])],
            [.. first.Select(r => int.Parse(r[when], CultureInfo.InvariantCulture))],
            [.. first.Select(r => r[arm])]);
    }

    /// <summary>CTN-0027 opioid use-pattern words, weeks 1-24, as the README's <c>outcomeslab uds</c> example.</summary>
    public static UdsWords Ctn0027Words()
    {
        var index = Ctn0027Index();
        var (vh, visits) = Csv("ctn0027", "visit.csv");
        int vWho = Array.IndexOf(vh, "who"), vWhat = Array.IndexOf(vh, "what"), vWhen = Array.IndexOf(vh, "when");
        var samples = visits.Where(r => r[vWhat] == "visit").ToList();
        var (uh, uds) = Csv("ctn0027", "uds.csv");
        int uWho = Array.IndexOf(uh, "who"), uWhat = Array.IndexOf(uh, "what"), uWhen = Array.IndexOf(uh, "when");
        return UdsUsePattern.Build(
            index,
            [.. samples.Select(r => r[vWho])],
            [.. samples.Select(r => int.Parse(r[vWhen], CultureInfo.InvariantCulture))],
            [.. uds.Select(r => r[uWho])],
            [.. uds.Select(r => int.Parse(r[uWhen], CultureInfo.InvariantCulture))],
            [.. uds.Select(r => r[uWhat])],
            new UdsWordOptions { Substances = ["Opioid"], FirstWeek = 1, LastWeek = 24 });
    }

    /// <summary>CTN-0027 gap sweep 7, 14, 30, none at days 90 and 161, horizon 168 (the README's retention example).</summary>
    public static RetentionGapSweepResult Ctn0027GapSweep()
    {
        var (h, rows) = Csv("ctn0027", "treatment.csv");
        int who = Array.IndexOf(h, "who"), when = Array.IndexOf(h, "when");
        var records = DispensingRecords.Create([.. rows.Select(r => r[who])], [.. rows.Select(r => int.Parse(r[when], CultureInfo.InvariantCulture))]);
        return RetentionAnalysis.GapSweep(records, Ctn0027Index(), [EpisodeGap.Of(7), EpisodeGap.Of(14), EpisodeGap.Of(30), EpisodeGap.None], new RetentionOptions { Episodes = new EpisodeOptions { Gap = EpisodeGap.None }, RetainedAtDays = [90, 161], Horizon = 168 });
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
