using OutcomesLab.Outcomes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>Hand-derived retention: time from the index day, dropout versus censoring, retained-at-D, PDC, ITT.</summary>
public sealed class RetentionAnalysisTests
{
    private static RetentionResult Run(DispensingRecords r, RetentionIndex index, EpisodeGap gap, int? horizon = null, int? dataEnd = null, bool itt = false) =>
        RetentionAnalysis.Analyze(r, index, new RetentionOptions
        {
            Episodes = new EpisodeOptions { Gap = gap },
            Horizon = horizon,
            DataEndDay = dataEnd,
            RetainedAtDays = [5, 10],
            ContinuityDays = 10,
            IntentionToTreat = itt,
        });

    [Fact]
    public void TimeCountsFromIndexDayThroughLastCoveredDay()
    {
        // Patient a: index day 2, daily doses 2..8 then 20: gap 3 ends the first episode on day 8 = index + 6 -> 7 days,
        // retained at day 5 (6 >= 5), not at 10; the gap ran out (8 + 3 < data end 40) -> dropout.
        // Patient b: index day 0, a dose on day 0 only, 14-day supply -> covers 0..13 = 14 days, retained at 5 and 10.
        // Patient c: index day 50 but no record on or after it -> not started. Patient z: not in the index -> ignored.
        var r = DispensingRecords.Create(
            ["a", "a", "a", "a", "a", "a", "a", "a", "b", "c", "z"],
            [2, 3, 4, 5, 6, 7, 8, 20, 0, 10, 1],
            daysSupplied: [1, 1, 1, 1, 1, 1, 1, 1, 14, 1, 1]);
        var index = RetentionIndex.Create(["a", "b", "c"], [2, 0, 50], ["x", "x", "y"]);
        var res = Run(r, index, EpisodeGap.Of(3), dataEnd: 40);

        Assert.Equal([true, true, false], res.Started);
        Assert.Equal([7.0, 14.0, 0.0], res.TimeInTreatment);
        Assert.Equal([true, true, false], res.Dropout);
        Assert.Equal([6, 13, null], res.EpisodeEnd);
        Assert.Equal([2, 1, 0], res.EpisodeCount);
        Assert.Equal([false, true, false], res.Continuity);
        var x = res.Summaries.Single(s => s.Group == "x");
        Assert.Equal(2, x.N);
        Assert.Equal([2, 1], x.RetainedAt.Select(a => a.NRetained));
        var y = res.Summaries.Single(s => s.Group == "y");
        Assert.Equal(0, y.N);
        Assert.Equal(1, y.NNotStarted);
        Assert.Contains(res.Diagnostics, d => d.Code == "not-in-index");

        // Window = data end 40 - index + 1: a covers 8 of 39 days (2..8 and 20), b 14 of 41.
        Assert.Equal([8, 14, 0], res.DaysCovered);
        NumericAssert.Close(8.0 / 39, res.ProportionDaysCovered[0]);
        NumericAssert.Close(14.0 / 41, res.ProportionDaysCovered[1]);
    }

    [Fact]
    public void CompletionDayCensorsPatientsStillInTreatmentThen()
    {
        // Gap none, horizon 12, completion day 8, data end 30 (every episode has ended by then).
        // a: doses 0..5 -> last day 5 < 8, time 6, dropout. b: 0..8 -> still in treatment on day 8:
        // completed, censored at 9 days (without a completion day: dropout at 9, since 9 < 12).
        // c: 0..11 -> reaches the horizon: time 12, censored either way. d: 0..9, index 0: completed, time 10.
        var ids = new List<string>();
        var days = new List<int>();
        foreach (var (id, last) in new[] { ("a", 5), ("b", 8), ("c", 11), ("d", 9) })
        {
            for (var t = 0; t <= last; t++)
            {
                ids.Add(id);
                days.Add(t);
            }
        }

        var r = DispensingRecords.Create([.. ids], [.. days]);
        var index = RetentionIndex.Create(["a", "b", "c", "d"], [0, 0, 0, 0], ["x", "x", "x", "x"]);
        var options = new RetentionOptions { Episodes = new EpisodeOptions { Gap = EpisodeGap.None }, Horizon = 12, DataEndDay = 30, RetainedAtDays = [8] };

        var plain = RetentionAnalysis.Analyze(r, index, options);
        Assert.Equal([true, true, false, true], plain.Dropout);
        Assert.Equal([false, false, true, false], Enumerable.Range(0, 4).Select(plain.Completed));

        var planned = RetentionAnalysis.Analyze(r, index, options with { CompletionDay = 8 });
        Assert.Equal([6.0, 9.0, 12.0, 10.0], planned.TimeInTreatment);
        Assert.Equal([true, false, false, false], planned.Dropout);
        Assert.Equal([false, true, true, true], Enumerable.Range(0, 4).Select(planned.Completed));
        var x = planned.Summaries.Single();
        Assert.Equal(1, x.NDropout);
        Assert.Equal(x.N - x.RetainedAt[0].NRetained, x.NDropout);

        // KM: one event at 6 among 4 -> S = 0.75 from day 6 on, flat through the horizon.
        Assert.Equal(0.75, planned.KaplanMeier.Curves.Single().Table[^1].Surv, 15);
        Assert.Throws<ArgumentException>(() => RetentionAnalysis.Analyze(r, index, options with { CompletionDay = 12 }));
        Assert.Throws<ArgumentException>(() => RetentionAnalysis.Analyze(r, index, options with { CompletionDay = 0 }));
    }

    [Fact]
    public void EpisodeEndingWithinTheGapOfDataEndIsCensored()
    {
        // Last dose day 8, gap 10, data end 10: the patient might still return by day 19, so censored at 9 days.
        var r = DispensingRecords.Create(["a", "a"], [0, 8]);
        var res = Run(r, RetentionIndex.Create(["a"], [0]), EpisodeGap.Of(10), dataEnd: 10);
        Assert.Equal([9.0], res.TimeInTreatment);
        Assert.Equal([false], res.Dropout);
    }

    [Fact]
    public void HorizonCapsTimeAndCensors()
    {
        var r = DispensingRecords.Create(["a", "b"], [0, 0], daysSupplied: [30, 5]);
        var res = Run(r, RetentionIndex.Create(["a", "b"], [0, 0]), EpisodeGap.Of(0), horizon: 10, dataEnd: 100);
        Assert.Equal([10.0, 5.0], res.TimeInTreatment);
        Assert.Equal([false, true], res.Dropout);

        // PDC over the 10-day horizon window: a 10/10, b 5/10.
        Assert.Equal([1.0, 0.5], res.ProportionDaysCovered);
    }

    [Fact]
    public void DeathCensorsInsteadOfDropout()
    {
        var r = DispensingRecords.Create(["a"], [0], daysSupplied: [7]);
        var res = RetentionAnalysis.Analyze(r, RetentionIndex.Create(["a"], [0], censorDays: [8]), new RetentionOptions { Episodes = new EpisodeOptions { Gap = EpisodeGap.Of(3) }, DataEndDay = 100 });
        Assert.Equal([7.0], res.TimeInTreatment);
        Assert.Equal([false], res.Dropout);
    }

    [Fact]
    public void IntentionToTreatCountsNonStartersAsNotRetained()
    {
        var r = DispensingRecords.Create(["a"], [0], daysSupplied: [20]);
        var index = RetentionIndex.Create(["a", "b"], [0, 0]);
        var perProtocol = Run(r, index, EpisodeGap.None, dataEnd: 100);
        var itt = Run(r, index, EpisodeGap.None, dataEnd: 100, itt: true);
        Assert.Equal(1.0, perProtocol.Summaries[0].RetainedAt[1].Proportion);
        Assert.Equal(0.5, itt.Summaries[0].RetainedAt[1].Proportion);
        Assert.Equal(1, itt.Summaries[0].N);
        Assert.Equal(1, itt.Summaries[0].NNotStarted);
        Assert.Equal(2, itt.ToSurvivalSample().Count);
        Assert.Equal(1, perProtocol.ToSurvivalSample().Count);
    }

    [Fact]
    public void DuplicatePatientInIndexIsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => RetentionIndex.Create(["a", "a"], [0, 1]));
        Assert.Contains("already listed at index 0", ex.Message, StringComparison.Ordinal);
    }
}
