namespace OutcomesLab.Reporting;

/// <summary>The keys every analysis of a plan has: <c>id</c>, <c>type</c> and optional <c>title</c>.</summary>
/// <param name="Id">Unique id (lower-case letters, digits, hyphens); file names of the section's tables and figures start with it.</param>
/// <param name="Type">The analysis kind.</param>
/// <param name="Title">The section heading from the plan, or null for the kind's default.</param>
/// <param name="Location">Where the analysis object starts in the plan.</param>
internal sealed record ReportAnalysisHeader(string Id, string Type, string? Title, PlanLocation Location);
