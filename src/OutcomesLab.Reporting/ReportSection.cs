using System.Collections.Immutable;

namespace OutcomesLab.Reporting;

/// <summary>
/// What one analysis of an analysis plan contributes to the report: its results as tables and
/// figures, the sentences it adds to the generated methods paragraph (with the citations they
/// rely on), a short narrative of the main result, and the statistical caveats of its results.
/// Report writers (HTML, Markdown, CSV, PNG/SVG) consume sections; they never compute anything.
/// </summary>
/// <param name="Id">The analysis id from the plan; file names of its tables and figures start with it.</param>
/// <param name="Title">The section heading.</param>
public sealed record ReportSection(string Id, string Title)
{
    /// <summary>Plain-text paragraphs stating the main results (numbers already formatted).</summary>
    public ImmutableArray<string> Narrative { get; init; } = [];

    /// <summary>The section's tables in reading order.</summary>
    public ImmutableArray<ReportTable> Tables { get; init; } = [];

    /// <summary>The section's figures in reading order.</summary>
    public ImmutableArray<ReportFigure> Figures { get; init; } = [];

    /// <summary>
    /// Sentences for the methods paragraph, stating exactly what was done (estimator, CI transform,
    /// tie method, missing-data rule, value set ...); a citation is referenced as <c>[key]</c>.
    /// </summary>
    public ImmutableArray<string> Methods { get; init; } = [];

    /// <summary>The works the methods sentences cite.</summary>
    public ImmutableArray<ReportCitation> Citations { get; init; } = [];

    /// <summary>What the section reports in the terms of reporting guidelines (baseline data, numbers analysed, adjusted results ...), for the report's STROBE/CONSORT checklist.</summary>
    public ImmutableArray<ReportingTopic> Topics { get; init; } = [];

    /// <summary>Statistical caveats and data notes from the results' diagnostics (shown once each).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
