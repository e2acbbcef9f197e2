using System.Globalization;
using OutcomesLab.EffectSizes;
using OutcomesLab.Inference;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The report's compare section: the outcome-domain comparison of <c>outcomeslab compare</c>
/// (<see cref="CompareComputation"/>, <see cref="DomainComparison"/>) with its two tables and the
/// forest plot of the standardised effects oriented to benefit (<see cref="ForestFigure.FromDomainComparison"/>).
/// </summary>
internal static class CompareSection
{
    public static ReportSection Build(string id, string title, CompareSectionInput input)
    {
        var warnings = new List<string>();
        var result = CompareComputation.Compare(input.Table, input.Arms, input.Outcomes, input.Adjust, input.ConfidenceLevel, warnings.Add);
        var tables = CompareComputation.Tables(result, input.Count);
        var pct = (result.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        var figure = new ReportFigure(
            $"{id}-forest",
            $"Standardised effect (d with {pct}% CI) of {result.Treatment} versus {result.Control} on each outcome, grouped by domain and oriented so that values above 0 favour {result.Treatment}.",
            ForestFigure.Create(ForestFigure.FromDomainComparison(result), input.Preset));
        var types = input.Outcomes.Select(o => o.Type).ToHashSet();
        var (methods, citations) = Methods(input, result, types);
        var favoured = result.Outcomes.Select(o => $"{o.Name}: {CompareComputation.Favours(o)} (d {NumberText.Short(o.FavoursTreatment, 3)}, {pct}% CI {NumberText.Short(o.FavoursTreatmentLower, 3)} to {NumberText.Short(o.FavoursTreatmentUpper, 3)})");
        return new ReportSection(id, title)
        {
            Topics = [ReportingTopic.NumbersAnalysed, ReportingTopic.MainResults, .. types.Contains(OutcomeType.Binary) ? [ReportingTopic.AbsoluteAndRelativeEffects] : Array.Empty<ReportingTopic>()],
            Narrative = [$"{result.Treatment} vs {result.Control}, favoured arm per outcome (d oriented so that > 0 favours {result.Treatment}): {string.Join("; ", favoured)}."],
            Tables =
            [
                new ReportTable($"{id}-domains", tables[0]) { Note = "MD mean difference, RD risk difference, RR risk ratio, OR odds ratio, HR hazard ratio (Peto); d standardised effect oriented so that > 0 favours the treatment arm; p adj: p adjusted across outcomes." },
                new ReportTable($"{id}-details", tables[1]),
            ],
            Figures = [figure],
            Methods = [.. methods],
            Citations = [.. citations.DistinctBy(c => c.Key)],
            Warnings = [.. warnings.Distinct(StringComparer.Ordinal)],
        };
    }

    private static (List<string> Methods, List<ReportCitation> Citations) Methods(CompareSectionInput input, DomainComparisonResult result, HashSet<OutcomeType> types)
    {
        var pct = (result.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        var domains = input.Outcomes.Select(o => OutcomeSpecFile.Kebab(o.Domain.ToString())).Distinct(StringComparer.Ordinal);
        var methods = new List<string>
        {
            $"The arms {result.Treatment} (treatment) and {result.Control} (control) ({input.Source}) were compared on {input.Outcomes.Count.ToString(CultureInfo.InvariantCulture)} outcomes in the domains {string.Join(", ", domains)}, as specified in {input.SpecSource}; a patient with a missing value was left out of that outcome only, and every interval is a {pct}% confidence interval.",
        };
        foreach (var o in input.Outcomes.Where(o => o.TimeFrom is not null))
        {
            methods.Add($"The follow-up of \"{o.Name}\" was computed from dates: {IO.FollowUpUnits.Statement(o.TimeFrom!, o.TimeTo!, o.TimeUnit)}.");
        }

        var citations = new List<ReportCitation>();
        if (types.Contains(OutcomeType.Continuous))
        {
            methods.Add("Continuous outcomes: the mean difference (treatment minus control), Hedges' g as the standardised effect [hedges1981] and Welch's t-test [welch1947].");
            citations.AddRange([SectionCitations.Hedges1981, SectionCitations.Welch1947]);
        }

        if (types.Contains(OutcomeType.Binary))
        {
            methods.Add("Binary outcomes: the risk difference with Newcombe's hybrid score interval [newcombe1998], the risk ratio and odds ratio with log intervals [katz1978; woolf1955], Fisher's exact test, and d = log OR·√3/π as the standardised effect [hasselblad1995; chinn2000].");
            citations.AddRange([SectionCitations.Newcombe1998, SectionCitations.Katz1978, SectionCitations.Woolf1955, SectionCitations.Hasselblad1995, SectionCitations.Chinn2000]);
        }

        if (types.Contains(OutcomeType.TimeToEvent))
        {
            methods.Add("Time-to-event outcomes: the Peto log-rank hazard ratio exp((O − E)/V) [yusuf1985], the restricted mean survival time difference [royston2013] and the log-rank test; the log hazard ratio was treated as a log odds ratio to obtain d (an approximation) [hasselblad1995].");
            citations.AddRange([SectionCitations.Yusuf1985, SectionCitations.Royston2013, SectionCitations.Hasselblad1995]);
        }

        var (adjustText, adjustCitation) = input.Adjust switch
        {
            PAdjustMethod.Holm => ("Holm's step-down method [holm1979]", SectionCitations.Holm1979),
            PAdjustMethod.BenjaminiHochberg => ("the Benjamini–Hochberg false discovery rate [benjamini1995]", SectionCitations.BenjaminiHochberg1995),
            PAdjustMethod.None => ("no adjustment", null),
            _ => ($"R's p.adjust method \"{CompareComputation.AdjustKey(input.Adjust)}\"", (ReportCitation?)null),
        };
        methods.Add($"Each standardised effect was oriented by the outcome's direction so that a value above 0 favours {result.Treatment}; an arm is favoured when the interval excludes 0. P-values were adjusted across the outcomes by {adjustText}.");
        if (adjustCitation is not null)
        {
            citations.Add(adjustCitation);
        }

        return (methods, citations);
    }
}
