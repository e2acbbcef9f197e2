using System.Collections.Immutable;

namespace OutcomesLab.Cli.Reporting;

/// <summary>The outcome of running a plan: its sections in plan order, the distinct warnings, the input files read and the timing.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Sections">One section per analysis, in plan order.</param>
/// <param name="Warnings">Distinct warnings in order of first appearance.</param>
/// <param name="InputFiles">Absolute paths of the dataset files read.</param>
/// <param name="StartedUtc">When the run started.</param>
/// <param name="Duration">How long the analyses took.</param>
internal sealed record ReportResult(
    AnalysisPlan Plan,
    ImmutableArray<ReportSection> Sections,
    ImmutableArray<string> Warnings,
    ImmutableArray<string> InputFiles,
    DateTimeOffset StartedUtc,
    TimeSpan Duration);
