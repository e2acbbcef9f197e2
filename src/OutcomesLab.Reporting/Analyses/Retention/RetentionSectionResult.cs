using System.Collections.Immutable;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The retention section, the analysis it shows, and its per-subject table for later survival analyses.</summary>
/// <param name="Section">The report section.</param>
/// <param name="Result">The retention analysis at the main gap.</param>
/// <param name="SubjectColumns">Column names of <paramref name="SubjectRows"/>: id, arm, time, event.</param>
/// <param name="SubjectRows">One row per analysed patient (started, or all under intention to treat): id, arm, time in treatment (days), dropout (1) or censored (0), as invariant text.</param>
internal sealed record RetentionSectionResult(ReportSection Section, RetentionResult Result, ImmutableArray<string> SubjectColumns, ImmutableArray<IReadOnlyList<string>> SubjectRows);
