using System.Globalization;

namespace OutcomesLab.Reporting;

/// <summary>
/// The report section listing which items of a reporting checklist (STROBE, CONSORT) the report
/// addresses and where: an item is addressed by the sections whose <see cref="ReportSection.Topics"/>
/// include one of the item's topics, and by the methods paragraph for the methods items; the rest
/// are named as for the authors to supply.
/// </summary>
internal static class ChecklistSection
{
    /// <summary>The text of an item no section addresses.</summary>
    public const string AuthorsSupply = "not in this report: for the authors to supply";

    /// <param name="checklist">The checklist.</param>
    /// <param name="sections">The sections it covers.</param>
    /// <param name="scoped">Whether the plan limited the checklist to some analyses (the text then names them).</param>
    public static ReportSection Build(ReportingChecklist checklist, IReadOnlyList<ReportSection> sections, bool scoped)
    {
        var rows = new List<IReadOnlyList<string>>();
        var covered = 0;
        foreach (var item in checklist.Items)
        {
            var where = new List<string>();
            if (item.Covers.Contains(ReportingTopic.Methods) && sections.Count > 0)
            {
                where.Add("Methods");
            }

            where.AddRange(sections.Where(s => s.Topics.Any(item.Covers.Contains)).Select(s => s.Title));
            covered += where.Count > 0 ? 1 : 0;
            rows.Add([item.Number, item.Topic, where.Count > 0 ? string.Join("; ", where) : AuthorsSupply]);
        }

        var id = $"checklist-{checklist.Key}";
        return new ReportSection(id, $"Reporting checklist: {checklist.Name}")
        {
            Narrative = [string.Create(CultureInfo.InvariantCulture, $"This report addresses {covered} of the {checklist.Items.Length} {checklist.Name} items for {checklist.Scope}, fully or in part{(scoped ? $", in the {sections.Count} sections the plan assigns to it" : "")}; the others (design, setting, limitations, interpretation, funding and the like) belong to the manuscript.")],
            Tables = [new ReportTable(id, new TextTable($"{checklist.Name} items and where this report addresses them", ["item", "topic", "where in this report"], rows)) { Note = "A section listed for an item reports what that item asks for its own analysis; the authors check that the manuscript covers each item as the guideline's explanation asks." }],
            Methods = [$"The report lists which items of the {checklist.Name} checklist for {checklist.Scope} [{checklist.Citation.Key}] it addresses{(scoped ? " in the sections the plan assigns to it" : "")}."],
            Citations = [checklist.Citation],
        };
    }
}
