using System.Collections.Immutable;

namespace OutcomesLab.Reporting;

/// <summary>
/// A kind of analysis a plan can name in <c>"type"</c>: its documented keys (used by validation and
/// by the generated docs) and the parser that turns a plan object into a runnable analysis.
/// Register every kind in <see cref="ReportAnalysisKinds.All"/>.
/// </summary>
internal interface IReportAnalysisKind
{
    /// <summary>The <c>"type"</c> value in the plan, e.g. <c>km</c>.</summary>
    string Type { get; }

    /// <summary>One line saying what the analysis does and which R function it matches.</summary>
    string Summary { get; }

    /// <summary>The keys of this kind besides <c>id</c>, <c>type</c> and <c>title</c>, in documentation order.</summary>
    ImmutableArray<PlanKey> Keys { get; }

    /// <summary>
    /// The per-subject dataset the analysis publishes for later analyses (<c>"dataset": "&lt;this id&gt;"</c>),
    /// described as its columns (e.g. <c>id, arm, time, event</c>), or null when it publishes none.
    /// </summary>
    string? Publishes { get; }

    /// <summary>
    /// Validates the analysis object (its unknown keys are already rejected) and returns the analysis.
    /// Every problem is a <see cref="PlanException"/> raised through <paramref name="keys"/>.
    /// </summary>
    IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys);
}
