using OutcomesLab.Outcomes;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>Hand-derived use-pattern words and outcomes.</summary>
public sealed class UdsOutcomesTests
{
    // Weeks 1..10.
    private const string Word = "--o++++-*o";

    [Fact]
    public void MissingRulesRecodeOnlyMissingWeeks()
    {
        Assert.Equal("--+++++-*+", UdsOutcomes.ApplyMissingRule(Word, UdsMissingRule.MissingAsPositive));
        Assert.Equal("---++++-*-", UdsOutcomes.ApplyMissingRule(Word, UdsMissingRule.MissingAsNegative));
        Assert.Equal(Word, UdsOutcomes.ApplyMissingRule(Word, UdsMissingRule.MissingAsMissing));
        Assert.Throws<ArgumentOutOfRangeException>(() => UdsOutcomes.ApplyMissingRule(Word, default));
    }

    [Fact]
    public void NegativeWeeksPerRule()
    {
        Assert.Equal((3, 10), UdsOutcomes.NegativeWeeks(Word, UdsMissingRule.MissingAsPositive, 1, 1, 10));
        Assert.Equal((3, 8), UdsOutcomes.NegativeWeeks(Word, UdsMissingRule.MissingAsMissing, 1, 1, 10));
        Assert.Equal((5, 10), UdsOutcomes.NegativeWeeks(Word, UdsMissingRule.MissingAsNegative, 1, 1, 10));
        Assert.Equal((1, 4), UdsOutcomes.NegativeWeeks(Word, UdsMissingRule.MissingAsPositive, 1, 7, 10));
    }

    [Fact]
    public void FirstPositiveLongestRunRelapseAbstinenceDropout()
    {
        Assert.Equal(new UdsTimeToEvent(3, true), UdsOutcomes.FirstPositive(Word, UdsMissingRule.MissingAsPositive, 1));
        Assert.Equal(new UdsTimeToEvent(4, true), UdsOutcomes.FirstPositive(Word, UdsMissingRule.MissingAsMissing, 1));
        Assert.Equal(new UdsTimeToEvent(0, false), UdsOutcomes.FirstPositive("oooo", UdsMissingRule.MissingAsMissing, 1));
        Assert.Equal(3, UdsOutcomes.LongestNegativeRun(Word, UdsMissingRule.MissingAsNegative));
        Assert.Equal(2, UdsOutcomes.LongestNegativeRun(Word, UdsMissingRule.MissingAsPositive));

        // Missing as positive the word is "--+++++-*+": weeks 3..7 are positive -> relapse at week 3 (at week 4 when counting from week 4);
        // from week 5 only weeks 5..7, then a negative, then "*+" -> no relapse, censored at week 10.
        Assert.Equal(new UdsTimeToEvent(3, true), UdsOutcomes.Relapse(Word, UdsMissingRule.MissingAsPositive, 1, 4, 1));
        Assert.Equal(new UdsTimeToEvent(4, true), UdsOutcomes.Relapse(Word, UdsMissingRule.MissingAsPositive, 1, 4, 4));
        Assert.Equal(new UdsTimeToEvent(10, false), UdsOutcomes.Relapse(Word, UdsMissingRule.MissingAsPositive, 1, 4, 5));
        Assert.Equal(new UdsTimeToEvent(4, true), UdsOutcomes.Relapse(Word, UdsMissingRule.MissingAsMissing, 1, 4, 1));
        Assert.Equal(new UdsTimeToEvent(9, false), UdsOutcomes.Relapse(Word, UdsMissingRule.MissingAsMissing, 1, 5, 1));

        Assert.False(UdsOutcomes.AbstinentInFinalWeeks(Word, UdsMissingRule.MissingAsNegative, 2));
        Assert.True(UdsOutcomes.AbstinentInFinalWeeks("++--o", UdsMissingRule.MissingAsMissing, 3));
        Assert.False(UdsOutcomes.AbstinentInFinalWeeks("++--o", UdsMissingRule.MissingAsPositive, 3));

        Assert.Equal(new UdsTimeToEvent(3, true), UdsOutcomes.Dropout("+-oo-", 1, 2));
        Assert.Equal(new UdsTimeToEvent(5, false), UdsOutcomes.Dropout("+-o-o", 1, 2));
    }

    [Fact]
    public void WordsFromVisitsAndPositiveRows()
    {
        // Index day 10. Week 1 = days 11..17, week 2 = 18..24, week 3 = 25..31.
        // Visits on 10 (baseline, ignored), 12 (negative), 19 (opioid positive), 20 (negative) -> week 2 mixed;
        // a cocaine-only row on day 26 without a visit is still a sample, negative for opioids; week 4 has nothing.
        var index = RetentionIndex.Create(["p", "q"], [10, 0]);
        var words = UdsUsePattern.Build(
            index,
            ["p", "p", "p", "p"],
            [10, 12, 19, 20],
            ["p", "p", "p"],
            [19, 26, 40],
            ["opioid", "Cocaine", "Opioid"],
            new UdsWordOptions { Substances = ["Opioid"], LastWeek = 4 });
        Assert.Equal(["-*-o", "oooo"], words.Words);
    }

    [Fact]
    public void SummaryRequiresAnExplicitRule()
    {
        var words = new UdsWords(["a"], ["all"], ["-+"], new UdsWordOptions { Substances = ["Opioid"], LastWeek = 2 });
        Assert.Throws<ArgumentOutOfRangeException>(() => UdsSummary.Compute(words, new UdsOutcomeOptions { MissingRule = default }));
    }
}
