using System.Globalization;
using OutcomesLab.Outcomes;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Oracle: the small-cell rule (counts 1..K-1 shown as "&lt;K", zero shown) applied by hand to a
/// two-group urine-screen summary, and the complementary rule that a percentage computed from a
/// hidden count is hidden too (3/40 negative weeks would otherwise be given back by 7.5%).
/// </summary>
public sealed class UdsTablesSuppressionTests
{
    private static string Count(int v) => v is > 0 and < 5 ? "<5" : v.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Week_totals_below_K_are_hidden_with_the_percentage_they_would_reveal()
    {
        var options = new UdsOutcomeOptions { MissingRule = UdsMissingRule.MissingAsPositive };
        UdsGroupSummary[] groups =
        [
            new("small", 10, 3, 40, 3 / 40.0, 0.08, 8, 1, 7, 0, 6),
            new("large", 12, 30, 48, 30 / 48.0, 0.6, 5, 4, 2, 6, 1),
        ];
        var summary = new UdsSummaryResult([], [], [], [], [], [], [], [], [], [], [.. groups], options);
        var words = new UdsWordOptions { Substances = ["Opioid"], LastWeek = 4 };

        var table = UdsTables.Outcomes(summary, words, "positive", Count);
        var small = table.Rows[0];
        var large = table.Rows[1];
        Assert.Equal(["small", "10", "suppressed", "<5/40", "8", "1", "7", "0", "6"], small);
        Assert.Equal(["large", "12", "62.5%", "30/48", "5", "4", "<5", "6", "<5"], large);

        // Without suppression every number is printed.
        Assert.Equal("7.5%", UdsTables.Outcomes(summary, words, "positive").Rows[0][2]);
    }
}
