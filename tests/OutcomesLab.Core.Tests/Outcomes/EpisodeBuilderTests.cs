using OutcomesLab.Outcomes;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>Hand-derived episodes: uncovered days between coverage and the next record versus the permissible gap.</summary>
public sealed class EpisodeBuilderTests
{
    // Daily doses on days 0,1,2,10,11,40: 7 uncovered days (3..9) before day 10, 28 (12..39) before day 40.
    private static readonly DispensingRecords Daily = DispensingRecords.Create(["a", "a", "a", "a", "a", "a"], [0, 1, 2, 10, 11, 40]);

    [Fact]
    public void GapOfSevenAllowsSevenUncoveredDays()
    {
        var e = EpisodeBuilder.Build(Daily, new EpisodeOptions { Gap = EpisodeGap.Of(7) });
        Assert.Equal([0, 40], e.Start);
        Assert.Equal([11, 40], e.End);
        Assert.Equal([5, 1], e.Records);
        Assert.Equal([5, 1], e.CoveredDays);
    }

    [Fact]
    public void GapOfSixSplitsAtTheSevenDayGap()
    {
        var e = EpisodeBuilder.Build(Daily, new EpisodeOptions { Gap = EpisodeGap.Of(6) });
        Assert.Equal([0, 10, 40], e.Start);
        Assert.Equal([2, 11, 40], e.End);
    }

    [Fact]
    public void NoGapRuleIsOneEpisodeFromFirstToLastRecord()
    {
        var e = EpisodeBuilder.Build(Daily, new EpisodeOptions { Gap = EpisodeGap.None });
        Assert.Equal([0], e.Start);
        Assert.Equal([40], e.End);
        Assert.Equal([6], e.CoveredDays);
    }

    [Fact]
    public void DaysSuppliedCoverFollowingDaysWithoutStockpiling()
    {
        // 30 days from day 0 cover 0..29; a 30-day fill on day 20 covers 20..49 (overlap not carried forward): end 49, 50 days covered.
        // A fill on day 60 leaves 10 uncovered days (50..59): a 14-day gap continues, a 7-day gap splits.
        var r = DispensingRecords.Create(["p", "p", "p"], [0, 20, 60], daysSupplied: [30, 30, 28]);
        var wide = EpisodeBuilder.Build(r, new EpisodeOptions { Gap = EpisodeGap.Of(14) });
        Assert.Equal([87], wide.End);
        Assert.Equal([78], wide.CoveredDays);
        var narrow = EpisodeBuilder.Build(r, new EpisodeOptions { Gap = EpisodeGap.Of(7) });
        Assert.Equal([49, 87], narrow.End);
        Assert.Equal([50, 28], narrow.CoveredDays);
    }

    [Fact]
    public void PerMedicationGapAndSwitchRule()
    {
        // Methadone on days 0 and 5 (4 uncovered days), then buprenorphine on day 8 (2 uncovered days).
        var r = DispensingRecords.Create(["p", "p", "p"], [0, 5, 8], medications: ["methadone", "methadone", "buprenorphine"]);
        Assert.True(EpisodeGap.TryParse("30;methadone=3", out var gap));
        var e = EpisodeBuilder.Build(r, new EpisodeOptions { Gap = gap });
        Assert.Equal([0, 5], e.Start);
        Assert.Equal(["methadone", "methadone"], e.Medication);

        var continuous = EpisodeBuilder.Build(r, new EpisodeOptions { Gap = EpisodeGap.Of(30) });
        Assert.Equal([0], continuous.Start);
        var perDrug = EpisodeBuilder.Build(r, new EpisodeOptions { Gap = EpisodeGap.Of(30), Switch = EpisodeSwitchRule.NewEpisode });
        Assert.Equal([0, 8], perDrug.Start);
        Assert.Equal(["methadone", "buprenorphine"], perDrug.Medication);
    }

    [Fact]
    public void PatientsAreSeparatedAndMaxDoseKept()
    {
        var r = DispensingRecords.Create(["a", "a", "b"], [3, 4, 1], doses: [30, 60, 8]);
        var e = EpisodeBuilder.Build(r, new EpisodeOptions { Gap = EpisodeGap.Of(0) });
        Assert.Equal(["a", "b"], e.Patients);
        Assert.Equal([0, 1], e.Patient);
        Assert.Equal([60.0, 8.0], e.MaxDose);
    }

    [Fact]
    public void DecreasingDayNamesTheFirstRowOutOfOrder()
    {
        var ex = Assert.Throws<DispensingOrderException>(() => DispensingRecords.Create(["a", "a", "a", "a"], [1, 2, 9, 5]));
        Assert.Equal(3, ex.RowIndex);
        Assert.Contains("day 5", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sort them by patient, then day", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PatientReappearingNamesTheRow()
    {
        var ex = Assert.Throws<DispensingOrderException>(() => DispensingRecords.Create(["a", "b", "a"], [1, 1, 2]));
        Assert.Equal(2, ex.RowIndex);
        Assert.Contains("patient \"a\" already had records", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", "none")]
    [InlineData("14", "14")]
    [InlineData("30;methadone=7", "30;methadone=7")]
    [InlineData("methadone=none", "none;methadone=none")]
    public void GapTextRoundTrips(string text, string expected)
    {
        Assert.True(EpisodeGap.TryParse(text, out var gap));
        Assert.Equal(expected, gap.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("two weeks")]
    [InlineData("-3")]
    [InlineData("7;14")]
    [InlineData("=7")]
    public void BadGapTextIsRejected(string text) => Assert.False(EpisodeGap.TryParse(text, out _));
}
