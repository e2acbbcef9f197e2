using OutcomesLab.Outcomes;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>
/// Hand-derived overlap rules. Fills on days 0 (30 days), 20 (30 days) and 70 (10 days), gap 14:
/// none counts days 20..29 once, so coverage is 0..49 (50 days), then 20 uncovered days (50..69)
/// end the episode and day 70 opens 70..79; shift moves the second fill to 30..59, leaving 10
/// uncovered days (60..69) within the gap, one episode 0..79 with 30 + 30 + 10 = 70 covered days.
/// </summary>
public sealed class EpisodeOverlapTests
{
    private static readonly DispensingRecords Fills = DispensingRecords.Create(["p", "p", "p"], [0, 20, 70], daysSupplied: [30, 30, 10]);

    private static EpisodeOptions Options(EpisodeOverlapRule overlap) => new() { Gap = EpisodeGap.Of(14), Overlap = overlap };

    [Fact]
    public void NoneCountsOverlappingDaysOnce()
    {
        var e = EpisodeBuilder.Build(Fills, Options(EpisodeOverlapRule.None));
        Assert.Equal([0, 70], e.Start);
        Assert.Equal([49, 79], e.End);
        Assert.Equal([50, 10], e.CoveredDays);
    }

    [Fact]
    public void ShiftCarriesTheSurplusForward()
    {
        var e = EpisodeBuilder.Build(Fills, Options(EpisodeOverlapRule.Shift));
        Assert.Equal([0], e.Start);
        Assert.Equal([79], e.End);
        Assert.Equal([70], e.CoveredDays);
    }

    [Fact]
    public void ShiftStacksSeveralEarlyRefills()
    {
        // Day 0, 10 and 15, 30 days each: none covers 0..44 (45 days); shift 0..29, 30..59, 60..89 (90).
        var r = DispensingRecords.Create(["p", "p", "p"], [0, 10, 15], daysSupplied: [30, 30, 30]);
        var none = EpisodeBuilder.Build(r, new EpisodeOptions { Gap = EpisodeGap.Of(0) });
        var shift = EpisodeBuilder.Build(r, new EpisodeOptions { Gap = EpisodeGap.Of(0), Overlap = EpisodeOverlapRule.Shift });
        Assert.Equal([44], none.End);
        Assert.Equal([45], none.CoveredDays);
        Assert.Equal([89], shift.End);
        Assert.Equal([90], shift.CoveredDays);
    }

    [Theory]
    [InlineData(EpisodeOverlapRule.None, new[] { 0, 70 }, new[] { 49, 79 }, new[] { 50, 10 })]
    [InlineData(EpisodeOverlapRule.Shift, new[] { 0 }, new[] { 79 }, new[] { 70 })]
    public void StreamingBuilderAppliesTheSameRule(EpisodeOverlapRule overlap, int[] starts, int[] ends, int[] covered)
    {
        var builder = new StreamingEpisodeBuilder(Options(overlap));
        var episodes = new List<StreamedEpisode>();
        builder.StartPatient();
        foreach (var (day, supply) in new[] { (0, 30), (20, 30), (70, 10) })
        {
            if (builder.Add(day, supply, double.NaN, null, out var done))
            {
                episodes.Add(done);
            }
        }

        Assert.True(builder.EndPatient(out var last));
        episodes.Add(last);
        Assert.Equal(starts, episodes.Select(e => e.Start));
        Assert.Equal(ends, episodes.Select(e => e.End));
        Assert.Equal(covered, episodes.Select(e => e.CoveredDays));
    }

    [Fact]
    public void RetentionDaysCoveredPdcAndTimeFollowTheRule()
    {
        // Index day 0, horizon 90 (window 0..89). None: covered 0..49 and 70..79 = 60 days, PDC 60/90;
        // the first episode ends on day 49, time 50 days, and 49 + 14 < 79 (data end) is a dropout.
        // Shift: covered 0..59 and 70..79 = 70 days, PDC 70/90; one episode to day 79, time 80,
        // censored at the data end (79 + 14 is not before 79).
        var index = RetentionIndex.Create(["p"], [0]);
        var none = RetentionAnalysis.Analyze(Fills, index, new RetentionOptions { Episodes = Options(EpisodeOverlapRule.None), Horizon = 90 });
        var shift = RetentionAnalysis.Analyze(Fills, index, new RetentionOptions { Episodes = Options(EpisodeOverlapRule.Shift), Horizon = 90 });
        Assert.Equal(60, none.DaysCovered[0]);
        Assert.Equal(60.0 / 90, none.ProportionDaysCovered[0], 12);
        Assert.Equal(50, none.TimeInTreatment[0]);
        Assert.True(none.Dropout[0]);
        Assert.Equal(70, shift.DaysCovered[0]);
        Assert.Equal(70.0 / 90, shift.ProportionDaysCovered[0], 12);
        Assert.Equal(80, shift.TimeInTreatment[0]);
        Assert.False(shift.Dropout[0]);
    }
}
