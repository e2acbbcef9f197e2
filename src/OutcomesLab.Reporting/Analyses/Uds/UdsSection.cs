using System.Globalization;
using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The report's uds section: weekly urine-screen use-pattern words and their outcomes by arm
/// (<see cref="UdsSummary"/>, as <c>outcomeslab uds</c>) under the mandatory missing-sample rule, with
/// the heat-map of weekly results by arm (<see cref="UdsHeatmapFigure"/>).
/// </summary>
internal static class UdsSection
{
    public static ReportSection Build(string id, string title, UdsSectionInput input)
    {
        var summary = UdsSummary.Compute(input.Words, input.Options);
        var w = input.Words.Options;
        var table = new ReportTable($"{id}-outcomes", UdsTables.Outcomes(summary, w, input.Missing, input.Count))
        {
            Note = $"n: every patient of the index ({input.IndexSource}), whether dosed or not, so n can exceed that of the sections on the dosed; % negative weeks: negative over counted weeks, pooled over the patients of the arm; missing weeks counted as {input.Missing}. Relapse, abstinence and dropout as defined in the methods.",
        };
        var model = UdsHeatmapFigure.Model(input.Words);
        var k = UdsHeatmapFigure.PatientsPerRow(model, input.Preset);
        var rows = k == 1
            ? "one row per patient"
            : $"each row is {Int(k)} consecutive patients of an arm (too many patients for one device pixel each at {Int(input.Preset.Dpi)} dpi) showing the state most of them had that week (ties: positive, mixed, negative, no sample)";
        var figure = new ReportFigure(
            $"{id}-heatmap",
            $"Weekly urine screens for {Substances(w)}, weeks {Int(w.FirstWeek)}–{Int(w.LastWeek)}, by arm, {rows}: positive (+), negative (−), mixed (*), no sample (o).",
            UdsHeatmapFigure.Create(model, input.Preset));
        return new ReportSection(id, title)
        {
            Topics = [ReportingTopic.NumbersAnalysed, ReportingTopic.OutcomeData],
            Narrative = [Narrative(summary, input.Missing, input.Count)],
            Tables = [table],
            Figures = [figure],
            Methods = [.. Methods(input)],
            Citations = input.Options.RelapseWeeks == 4 ? [SectionCitations.CtNote, SectionCitations.Lee2018] : [SectionCitations.CtNote],
        };
    }

    /// <summary>The missing-sample rule in words, as the methods state it.</summary>
    public static string MissingRule(UdsMissingRule rule) => rule switch
    {
        UdsMissingRule.MissingAsPositive => "a week without a urine sample was counted as positive",
        UdsMissingRule.MissingAsNegative => "a week without a urine sample was counted as negative",
        _ => "a week without a urine sample was left missing: out of the denominators, and breaking runs of negative or positive weeks",
    };

    private static IEnumerable<string> Methods(UdsSectionInput input)
    {
        var w = input.Words.Options;
        var o = input.Options;
        yield return $"Urine drug screens ({input.UdsSource}) and visits ({input.VisitSource}) were coded per patient as a weekly use-pattern word over weeks {Int(w.FirstWeek)}–{Int(w.LastWeek)} after the index day ({input.IndexSource}; week k = days 7(k−1)+1 to 7k): a week was positive (+) when a sample was positive for {Substances(w)}, negative (−) when a visit had no positive result, mixed (*) when both, counted as positive, and missing (o) when no sample was collected [ctnote].";
        yield return $"Missing-sample rule: {MissingRule(o.MissingRule)}.";
        var lee = o.RelapseWeeks == 4 ? " [lee2018]" : "";
        yield return $"Relapse was {Int(o.RelapseWeeks)} consecutive positive weeks starting in week {Int(o.RelapseFromWeek)} or later{lee}; responders were negative in each of the final {Int(o.FinalWeeks)} weeks; study dropout was {Int(o.DropoutWeeks)} consecutive weeks without a sample; the longest abstinence was the longest run of negative weeks [ctnote].";
    }

    private static string Narrative(UdsSummaryResult summary, string missing, Func<int, string> count)
    {
        var arms = summary.Summaries.Select(g => $"{g.Group} {Pct(g.ProportionNegative)} of {Int(g.CountedWeeks)} weeks (n = {count(g.N)}; {count(g.NAbstinentFinal)} abstinent in the final weeks)");
        return $"Urine screens negative (missing counted as {missing}): {string.Join("; ", arms)}.";
    }

    private static string Substances(UdsWordOptions w) => string.Join(" or ", w.Substances);

    private static string Pct(double p) => double.IsFinite(p) ? (100 * p).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "NA";

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
