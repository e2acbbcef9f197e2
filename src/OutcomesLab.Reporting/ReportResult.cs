using System.Collections.Immutable;
using OutcomesLab.Reporting.Output;

namespace OutcomesLab.Reporting;

/// <summary>The outcome of running a plan: its sections in plan order, the distinct warnings, the input files read and the timing.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Sections">One section per analysis, in plan order.</param>
/// <param name="Warnings">Distinct warnings in order of first appearance.</param>
/// <param name="InputFiles">Absolute paths of the dataset files read.</param>
/// <param name="StartedUtc">When the run started.</param>
/// <param name="Duration">How long the analyses took.</param>
public sealed record ReportResult(
    AnalysisPlan Plan,
    ImmutableArray<ReportSection> Sections,
    ImmutableArray<string> Warnings,
    ImmutableArray<string> InputFiles,
    DateTimeOffset StartedUtc,
    TimeSpan Duration)
{
    /// <summary>
    /// Writes the report folder all-or-nothing: report.html (self-contained), report.md, tables/NAME.csv
    /// and NAME.tex, figures/NAME.png and NAME.svg, provenance.json. The folder is built beside
    /// <paramref name="folder"/> and moved into place when complete; an existing folder is replaced
    /// only when <paramref name="replace"/> is true and it holds a report OutcomesLab wrote (never the
    /// current or home folder, a folder holding an input, a link or a file).
    /// </summary>
    /// <param name="folder">The report folder to create.</param>
    /// <param name="replace">Replace an earlier OutcomesLab report in <paramref name="folder"/> (the CLI's <c>--force</c>).</param>
    /// <returns>The files written, relative to the folder, with '/' separators.</returns>
    /// <exception cref="UsageException">The folder may not be written (the message says why and what to do); nothing was written.</exception>
    public ImmutableArray<string> WriteTo(string folder, bool replace = false)
    {
        using var output = ReportOutputDirectory.Reserve(folder, replace, [Plan.FullPath, .. Plan.DatasetFiles], ReportFolderWording.Library);
        return ReportWriter.Write(this, output);
    }
}
