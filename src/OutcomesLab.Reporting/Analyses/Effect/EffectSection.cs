
namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The report's effect section: one effect size with its confidence interval between two arms, computed
/// exactly as <c>outcomeslab effect</c> (<see cref="EffectComputation"/>), with the estimator and interval
/// method stated and cited in the methods.
/// </summary>
internal static class EffectSection
{
    public static ReportSection Build(string id, string title, EffectSectionInput input)
    {
        var s = input.Settings;
        var arms = input.Arms;
        var warnings = new List<string>();
        var (result, nnt) = EffectComputation.Compute(s, input.Table, arms, warnings.Add);
        var pct = EffectComputation.Pct(result.ConfidenceLevel);
        var label = EffectComputation.MeasureLabel(result.MeasureKey);
        var contrast = result.IsRatio ? $"{arms.Treatment} over {arms.Control}" : $"{arms.Treatment} minus {arms.Control}";
        var n = $"n = {input.Count(result.NTreatment)} vs {input.Count(result.NControl)}";
        var name = input.OutcomeLabel ?? $"\"{s.Outcome}\"";
        var table = EffectComputation.Table(result, nnt, s, arms, input.Count, input.OutcomeLabel);

        var narrative = nnt is not null
            ? $"{nnt.Description}, {arms.Treatment} vs {arms.Control} on {name} ({n})."
            : $"{label} ({contrast}) on {name}: {NumberText.Short(result.Estimate)} ({pct}% CI {NumberText.Short(result.Lower)} to {NumberText.Short(result.Upper)}), {n}.";
        var (keys, citations) = Cited(s);
        var outcome = s.IsBinary
            ? input.OutcomeLabel ?? $"the event \"{s.Outcome}\"{(s.EventValue is null ? "" : " = " + s.EventValue)}"
            : name;
        var methods = $"{label} of {outcome} ({input.Source}) between {arms.Treatment} and {arms.Control} ({(result.IsRatio ? "ratio" : "difference")} {contrast}; rows with a missing outcome or arm left out) with a {pct}% confidence interval: {result.Method}{(nnt is not null ? "; " + nnt.Description : "")} {keys}.";
        return new ReportSection(id, title)
        {
            Topics = [ReportingTopic.NumbersAnalysed, ReportingTopic.MainResults],
            Narrative = [narrative],
            Tables = [new ReportTable($"{id}-effect", table)],
            Methods = [methods],
            Citations = [.. citations],
            Warnings = [.. warnings.Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>The works behind a measure and its interval, as <c>[key; key]</c> and the citations.</summary>
    private static (string Keys, List<ReportCitation> Citations) Cited(EffectSettings s)
    {
        var normal = s.CiMethod == "normal";
        var wald = s.CiMethod == "wald";
        List<ReportCitation> list = s.Measure switch
        {
            "cohens-d" or "cohens-d-unpooled" => [SectionCitations.Cohen1988, normal ? SectionCitations.HedgesOlkin1985 : SectionCitations.Steiger1997, SectionCitations.BenShachar2020],
            "hedges-g" => [SectionCitations.Hedges1981, SectionCitations.HedgesOlkin1985, .. normal ? Array.Empty<ReportCitation>() : [SectionCitations.Steiger1997], SectionCitations.BenShachar2020],
            "glass-delta" => [SectionCitations.Glass1976, normal ? SectionCitations.HedgesOlkin1985 : SectionCitations.Steiger1997, SectionCitations.BenShachar2020],
            "mean-difference" => [SectionCitations.Student1908],
            "rank-biserial" => [SectionCitations.Kerby2014, SectionCitations.BenShachar2020],
            "cliffs-delta" => [SectionCitations.Cliff1993, SectionCitations.BenShachar2020],
            "odds-ratio" => [SectionCitations.Woolf1955, SectionCitations.Viechtbauer2010],
            "risk-ratio" => [SectionCitations.Katz1978, SectionCitations.Viechtbauer2010],
            "risk-difference" => wald ? [SectionCitations.Viechtbauer2010] : [SectionCitations.Newcombe1998],
            _ => [SectionCitations.Altman1998, wald ? SectionCitations.Viechtbauer2010 : SectionCitations.Newcombe1998],
        };
        return ("[" + string.Join("; ", list.Select(c => c.Key)) + "]", list);
    }
}
