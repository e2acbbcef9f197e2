using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Reporting.Output;

/// <summary>
/// What the HTML and Markdown writers print, derived once from a run: title, description, sections,
/// the methods paragraphs with numbered references, and the warnings. It holds no clock time, so the
/// same plan on the same data gives the same report bytes.
/// </summary>
/// <param name="Title">Report title.</param>
/// <param name="Description">Paragraph under the title, or null.</param>
/// <param name="Sections">Sections in plan order.</param>
/// <param name="Methods">Methods paragraphs and references.</param>
/// <param name="Warnings">Distinct warnings.</param>
internal sealed record ReportDocument(string Title, string? Description, ImmutableArray<ReportSection> Sections, ReportMethods Methods, ImmutableArray<string> Warnings)
{
    /// <summary>Builds the document, opening the methods with the tool version, seed and suppression rule.</summary>
    public static ReportDocument From(ReportResult result)
    {
        var plan = result.Plan;
        var general = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Analyses were run with OutcomesLab {ToolVersion.Current} [outcomeslab], whose estimates are tested against R (survival, cmprsk, effectsize, metafor); all intervals are {plan.ConfidenceLevel * 100:0.##}% confidence intervals unless stated otherwise, and random steps used seed {plan.Seed}."),
        };
        if (plan.SuppressBelow is { } k)
        {
            general.Add(string.Create(CultureInfo.InvariantCulture, $"To protect confidentiality, counts from 1 to {k - 1} are shown as \"<{k}\" in every table, number-at-risk row and figure label; in tables that show totals (Table 1), further cells are hidden so that no suppressed count can be recovered by subtraction (complementary suppression)."));
        }

        var preamble = new ReportSection("methods", "Methods") { Methods = [.. general], Citations = [ReportCitations.OutcomesLab] };
        return new ReportDocument(plan.Title, plan.Description, result.Sections, ReportMethods.From([preamble, .. result.Sections]), result.Warnings);
    }
}
