using OutcomesLab.Design;
using OutcomesLab.Outcomes;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>
/// CTN-0027 (START) reproduced from the raw randomisation and daily dosing tables through the
/// episode builder. Oracles: Hser et al., Addiction 2014;109:79-87 (published percentages, ±2
/// points); counts computed independently with Python on the raw CSVs and KM / log-rank / Cox
/// literals from R 4.2.2 survival on the same per-patient table (scripts and provenance in
/// Fixtures/ctn0027/PROVENANCE.md).
/// </summary>
public sealed class Ctn0027AcceptanceTests
{
    private const string Methadone = "Methadone";
    private const string Bup = "Outpatient BUP";

    private static readonly Lazy<RetentionResult> Hser = new(() => RetentionAnalysis.Analyze(
        Ctn0027Data.Dosing(),
        Ctn0027Data.RandomisedIndex(),
        new RetentionOptions { Episodes = new EpisodeOptions { Gap = EpisodeGap.None }, Horizon = 168, RetainedAtDays = [30, 90, 161] }));

    [Fact]
    public void TwentyFourWeekCompletionReproducesHser2014()
    {
        var result = Hser.Value;
        var met = result.Summaries.Single(s => s.Group == Methadone);
        var bup = result.Summaries.Single(s => s.Group == Bup);

        // Python on the raw tables: dosed = a dose on or after the randomisation day; completed = last dose - randomisation day >= 161.
        Assert.Equal(520, met.N);
        Assert.Equal(9, met.NNotStarted);
        Assert.Equal(386, met.RetainedAt.Single(r => r.Day == 161).NRetained);
        Assert.Equal(727, bup.N);
        Assert.Equal(13, bup.NNotStarted);
        Assert.Equal(339, bup.RetainedAt.Single(r => r.Day == 161).NRetained);
        NumericAssert.Close(386.0 / 520, met.RetainedAt.Single(r => r.Day == 161).Proportion, what: "methadone completion");
        NumericAssert.Close(339.0 / 727, bup.RetainedAt.Single(r => r.Day == 161).Proportion, what: "buprenorphine completion");

        // Published: 74% methadone vs 46% buprenorphine (Hser 2014), within ±2 points.
        NumericAssert.Close(0.74, met.RetainedAt.Single(r => r.Day == 161).Proportion, rel: 0, abs: 0.02, what: "Hser methadone 74%");
        NumericAssert.Close(0.46, bup.RetainedAt.Single(r => r.Day == 161).Proportion, rel: 0, abs: 0.02, what: "Hser buprenorphine 46%");
    }

    [Fact]
    public void MethadoneCompletionWithMaximumDoseAtLeast60MgIsAbout80Percent()
    {
        var result = Hser.Value;
        var rows = Enumerable.Range(0, result.Patients.Length)
            .Where(i => result.Groups[i] == Methadone && result.Started[i] && result.MaxDose[i] >= 60)
            .ToList();
        var completed = rows.Count(i => result.RetainedAt(i, 161));

        // Python: 429 methadone patients reached >= 60 mg, 344 completed (80.2%); Hser 2014: ~80%.
        Assert.Equal(429, rows.Count);
        Assert.Equal(344, completed);
        NumericAssert.Close(0.80, (double)completed / rows.Count, rel: 0, abs: 0.02, what: "Hser methadone >= 60 mg");
    }

    [Fact]
    public void KaplanMeierByArmMatchesR()
    {
        var km = Hser.Value.KaplanMeier;
        var met = km[Methadone];
        var bup = km[Bup];
        Assert.Equal(520, met.N);
        Assert.Equal(727, bup.N);
        NumericAssert.Close(202, met.Events);
        NumericAssert.Close(452, bup.Events);

        // R: summary(survfit(Surv(time, dropout) ~ arm), times = c(30, 90, 161)).
        NumericAssert.AllClose([0.915384615384616, 0.821153846153846, 0.742307692307693], [met.SurvivalAt(30), met.SurvivalAt(90), met.SurvivalAt(161)], rel: 1e-12, what: "methadone S(t)");
        NumericAssert.AllClose([0.715268225584594, 0.555708390646492, 0.466299862448418], [bup.SurvivalAt(30), bup.SurvivalAt(90), bup.SurvivalAt(161)], rel: 1e-12, what: "buprenorphine S(t)");

        // R: median 126 (95% CI 102 to 163) for buprenorphine, not reached for methadone.
        Assert.Null(met.Median.Time);
        NumericAssert.Close(126, bup.Median.Time);
        NumericAssert.Close(102, bup.Median.Lower);
        NumericAssert.Close(163, bup.Median.Upper);
    }

    [Fact]
    public void LogRankAndCoxByArmMatchR()
    {
        var sample = Hser.Value.ToSurvivalSample(new SurvivalSampleOptions([Methadone, Bup]));
        var lr = LogRankTest.Compute(sample);

        // R: survdiff(Surv(time, dropout) ~ arm).
        NumericAssert.Close(86.946954863291, lr.ChiSquare, rel: 1e-10, what: "log-rank chi-square");
        NumericAssert.AllClose([202.0, 452.0], [.. lr.Observed], what: "observed");
        NumericAssert.AllClose([319.648266246697, 334.351733753303], [.. lr.Expected], rel: 1e-12, what: "expected");

        var rows = Hser.Value.AnalysedRows();
        var x = new DesignMatrixBuilder().AddCategorical("arm", [.. rows.Select(i => Hser.Value.Groups[i])], reference: Methadone).Build();
        var cox = CoxRegression.Fit(sample, x);

        // R: coxph(Surv(time, dropout) ~ arm) (Efron ties): HR buprenorphine vs methadone 2.157 (1.827 to 2.548).
        var b = Assert.Single(cox.Coefficients);
        NumericAssert.Close(0.768925586417804, b.Coef, rel: 1e-8, what: "log HR");
        NumericAssert.Close(0.0848461189164969, b.Se, rel: 1e-8, what: "se");
        NumericAssert.Close(2.15744701771995, b.HazardRatio, rel: 1e-8, what: "HR");
        NumericAssert.Close(1.82691773518019, b.HrLower, rel: 1e-8, what: "HR lower");
        NumericAssert.Close(2.54777625978305, b.HrUpper, rel: 1e-8, what: "HR upper");
        NumericAssert.Close(-4404.8726882003, cox.LogLik, rel: 1e-10, what: "log-likelihood");
    }

    [Fact]
    public void GapSweepIsMonotoneAndItsNoneRowIsHser()
    {
        var sweep = RetentionAnalysis.GapSweep(
            Ctn0027Data.Dosing(),
            Ctn0027Data.RandomisedIndex(),
            [EpisodeGap.Of(7), EpisodeGap.Of(14), EpisodeGap.Of(30), EpisodeGap.None],
            new RetentionOptions { Episodes = new EpisodeOptions { Gap = EpisodeGap.None }, Horizon = 168, RetainedAtDays = [161] });
        Assert.Equal(8, sweep.Rows.Length);
        foreach (var arm in new[] { Methadone, Bup })
        {
            var retained = sweep.Rows.Where(r => r.Summary.Group == arm).Select(r => r.Summary.RetainedAt[0].NRetained).ToList();

            // A larger permissible gap can only merge episodes, so retention cannot fall.
            Assert.True(retained.Zip(retained.Skip(1)).All(p => p.First <= p.Second), string.Join(",", retained));
        }

        Assert.Equal(386, sweep.Rows.Single(r => r.Gap.IsNone && r.Summary.Group == Methadone).Summary.RetainedAt[0].NRetained);
        Assert.Equal(339, sweep.Rows.Single(r => r.Gap.IsNone && r.Summary.Group == Bup).Summary.RetainedAt[0].NRetained);
    }

    [Fact]
    public void OpioidNegativeWeeksOneToTwentyFourWithMissingAsPositive()
    {
        var words = Ctn0027UdsWords();
        var summary = UdsSummary.Compute(words, new UdsOutcomeOptions { MissingRule = UdsMissingRule.MissingAsPositive });
        var met = summary.Summaries.Single(s => s.Group == Methadone);
        var bup = summary.Summaries.Single(s => s.Group == Bup);

        // Python on raw visit.csv + uds.csv (weeks (index + 7(k-1), index + 7k], k = 1..24; visit rows with what = "visit" and any uds row are samples):
        // methadone 529 patients: 5025 negative, 3344 positive, 284 mixed, 4043 missing weeks; buprenorphine 740: 5400, 2920, 235, 9205.
        Assert.Equal(529, met.N);
        Assert.Equal(5025, met.NegativeWeeks);
        Assert.Equal(529 * 24, met.CountedWeeks);
        Assert.Equal(740, bup.N);
        Assert.Equal(5400, bup.NegativeWeeks);
        Assert.Equal(740 * 24, bup.CountedWeeks);
        NumericAssert.Close(5025.0 / 12696, met.ProportionNegative, what: "methadone % negative");
        NumericAssert.Close(5400.0 / 17760, bup.ProportionNegative, what: "buprenorphine % negative");

        var all = string.Concat(summary.Words.Where((_, i) => summary.Groups[i] == Methadone));
        Assert.Equal(3344, all.Count(c => c == '+'));
        Assert.Equal(284, all.Count(c => c == '*'));
        Assert.Equal(4043, all.Count(c => c == 'o'));

        // Python: relapse (4 consecutive positive weeks, missing positive), dropout (4 missing in a row), abstinent in weeks 21-24.
        Assert.Equal(363, met.NRelapsed);
        Assert.Equal(559, bup.NRelapsed);
        Assert.Equal(140, met.NDropout);
        Assert.Equal(396, bup.NDropout);
        Assert.Equal(94, met.NAbstinentFinal);
        Assert.Equal(86, bup.NAbstinentFinal);

        // Two patients' words, also from the Python script.
        Assert.Equal("--o--*++o-++++++++o+--o+", summary.Words[words.Patients.IndexOf("10")]);
        Assert.Equal("o+-++o+--o*-------o--o-+", summary.Words[words.Patients.IndexOf("11")]);
    }

    internal static UdsWords Ctn0027UdsWords()
    {
        var visits = Ctn0027Data.Visit.Where(r => r[2] == "visit").ToList();
        var uds = Ctn0027Data.Uds;
        return UdsUsePattern.Build(
            Ctn0027Data.RandomisedIndex(),
            [.. visits.Select(r => r[0])],
            [.. visits.Select(r => Ctn0027Data.Int(r[^1]))],
            [.. uds.Select(r => r[0])],
            [.. uds.Select(r => Ctn0027Data.Int(r[2]))],
            [.. uds.Select(r => r[1])],
            new UdsWordOptions { Substances = ["Opioid"], LastWeek = 24 });
    }
}
