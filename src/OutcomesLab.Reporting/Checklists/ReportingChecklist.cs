using System.Collections.Immutable;

namespace OutcomesLab.Reporting;

/// <summary>A reporting guideline's checklist: its items and the statement that defines it.</summary>
/// <param name="Key">The plan's name for it (<c>strobe</c>, <c>consort</c>).</param>
/// <param name="Name">The guideline as a reader knows it (e.g. "STROBE").</param>
/// <param name="Scope">What kind of study it is for.</param>
/// <param name="Citation">The statement that defines the checklist.</param>
/// <param name="Items">The items in the guideline's order.</param>
public sealed record ReportingChecklist(string Key, string Name, string Scope, ReportCitation Citation, ImmutableArray<ChecklistItem> Items);
