using System.Collections.Immutable;

namespace OutcomesLab.Reporting.Plans;

/// <summary>A reporting checklist the plan asks for (key <c>checklists</c>).</summary>
/// <param name="Checklist">The guideline's checklist.</param>
/// <param name="AnalysisIds">The analyses whose sections it covers; empty for all.</param>
internal sealed record PlanChecklist(ReportingChecklist Checklist, ImmutableArray<string> AnalysisIds);
