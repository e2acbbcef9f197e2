using System.Globalization;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The retention tables of <c>outcomeslab retention</c> and of the report's retention section (one layout for both).</summary>
internal static class RetentionTables
{
    public static string Percent(double p) => double.IsFinite(p) ? (100 * p).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "NA";

    public static TextTable Summary(RetentionResult result, Func<int, string>? count = null)
    {
        var c = count ?? Int;
        var o = result.Options;
        var days = o.RetainedAtDays;
        var headers = new List<string> { "group", "n", "not started" };
        headers.AddRange(days.Select(d => $"retained day {d}"));
        headers.AddRange(["median days", "dropouts", $">={o.ContinuityDays}d continuity", "mean PDC"]);
        var rows = result.Summaries.Select(s =>
        {
            var row = new List<string> { s.Group, c(s.N), c(s.NNotStarted) };
            row.AddRange(s.RetainedAt.Select(r => Retained(r, c)));
            row.AddRange([s.MedianDays is { } m ? NumberText.Short(m) : "not reached", c(s.NDropout), c(s.NContinuity), NumberText.Short(s.MeanProportionDaysCovered, 3)]);
            return (IReadOnlyList<string>)row;
        }).ToList();
        return new TextTable(
            $"Retention in treatment (gap {o.Episodes.Gap}, horizon {(o.Horizon is { } h ? Int(h) + " days" : "none")}{(o.CompletionDay is { } cd ? ", completion day " + Int(cd) : "")}{(o.IntentionToTreat ? ", intention to treat" : "")})",
            headers,
            rows)
        {
            RightAligned = Enumerable.Range(1, headers.Count - 1).ToHashSet(),
        };
    }

    public static TextTable Sweep(RetentionGapSweepResult sweep, RetentionOptions options, Func<int, string>? count = null)
    {
        var c = count ?? Int;
        var headers = new List<string> { "gap", "group", "n" };
        headers.AddRange(options.RetainedAtDays.Select(d => $"retained day {d}"));
        headers.AddRange(["median days", "dropouts"]);
        var rows = sweep.Rows.Select(r =>
        {
            var row = new List<string> { r.Gap.ToString(), r.Summary.Group, c(r.Summary.N) };
            row.AddRange(r.Summary.RetainedAt.Select(a => Retained(a, c)));
            row.AddRange([r.Summary.MedianDays is { } m ? NumberText.Short(m) : "not reached", c(r.Summary.NDropout)]);
            return (IReadOnlyList<string>)row;
        }).ToList();
        return new TextTable($"Gap sensitivity of retention (horizon {(options.Horizon is { } h ? Int(h) + " days" : "none")}{(options.CompletionDay is { } cd ? ", completion day " + Int(cd) : "")})", headers, rows)
        {
            RightAligned = Enumerable.Range(2, headers.Count - 2).ToHashSet(),
        };
    }

    /// <summary>"n (p%)"; a count the report suppresses is shown alone, without the percentage that would reveal it.</summary>
    public static string Retained(RetentionRetainedAt r, Func<int, string> count)
    {
        var n = count(r.NRetained);
        return n == Int(r.NRetained) ? $"{n} ({Percent(r.Proportion)})" : n;
    }

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
