using System.Collections.Immutable;

namespace OutcomesLab.Reporting;

/// <summary>One item of a reporting checklist.</summary>
/// <param name="Number">The item number as the guideline gives it (e.g. "12" or "17b").</param>
/// <param name="Topic">The item's heading (e.g. "Statistical methods").</param>
/// <param name="Covers">The report topics that cover the item; empty for an item only the authors can supply (background, limitations, funding ...).</param>
public sealed record ChecklistItem(string Number, string Topic, ImmutableArray<ReportingTopic> Covers);
