using System.Globalization;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The urine-screen outcome table and the mandatory missing-sample rule of <c>outcomeslab uds</c>, shared with the report's uds section.</summary>
internal static class UdsTables
{
    /// <summary>Why the missing-sample rule has no default, naming the option or plan key <paramref name="name"/>.</summary>
    public static string MissingIsMandatory(string name) =>
        $"{name} is required: choose how a week without a urine sample counts (positive, negative or missing). " +
        "There is no default because published abstinence rates differ by tens of percentage points between these rules; " +
        "most MOUD trials (e.g. Hser 2014, Lee 2018) count missing as positive.";

    /// <summary>positive, negative or missing as the library's rule; null when not given; anything else is a usage error.</summary>
    public static UdsMissingRule? ParseMissingRule(string? text, string name) => text switch
    {
        null => null,
        "positive" => UdsMissingRule.MissingAsPositive,
        "negative" => UdsMissingRule.MissingAsNegative,
        "missing" => UdsMissingRule.MissingAsMissing,
        var other => throw new UsageException($"{name} \"{other}\": expected positive, negative or missing. {MissingIsMandatory(name)}"),
    };

    /// <summary>The per-group outcome table.</summary>
    /// <param name="s">The summary.</param>
    /// <param name="w">The word options (substances, weeks).</param>
    /// <param name="missing">How missing weeks were counted, for the title.</param>
    /// <param name="count">Formats a count (the report's small-cell suppression); null prints every count.</param>
    /// <returns>The table. Week totals are counts too: when the negative or counted weeks of a group
    /// are hidden, so is its percentage of negative weeks, which would give them back.</returns>
    public static TextTable Outcomes(UdsSummaryResult s, UdsWordOptions w, string missing, Func<int, string>? count = null)
    {
        var c = count ?? I;
        bool Hidden(int v) => c(v) != I(v);
        var o = s.Options;
        var rows = s.Summaries.Select(g => (IReadOnlyList<string>)
        [
            g.Group,
            c(g.N),
            Hidden(g.NegativeWeeks) || Hidden(g.CountedWeeks) ? "suppressed"
                : double.IsFinite(g.ProportionNegative) ? (100 * g.ProportionNegative).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "NA",
            $"{c(g.NegativeWeeks)}/{c(g.CountedWeeks)}",
            c(g.NEverPositive),
            NumberText.Short(g.MedianLongestNegativeRun),
            c(g.NRelapsed),
            c(g.NAbstinentFinal),
            c(g.NDropout),
        ]).ToList();
        return new TextTable(
            $"Urine screens for {string.Join("+", w.Substances)}, weeks {w.FirstWeek}-{w.LastWeek}, missing counted as {missing}",
            ["group", "n", "% negative weeks", "negative/counted", "ever positive", "median longest negative run", $"relapse ({o.RelapseWeeks} positive weeks from week {o.RelapseFromWeek})", $"abstinent last {o.FinalWeeks} weeks", $"dropout ({o.DropoutWeeks} missing weeks)"],
            rows)
        {
            RightAligned = Enumerable.Range(1, 8).ToHashSet(),
        };
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
