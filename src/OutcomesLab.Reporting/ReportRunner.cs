using System.Collections.Immutable;
using System.Diagnostics;

namespace OutcomesLab.Reporting;

/// <summary>Runs the analyses of a validated plan in order, collecting their sections and warnings.</summary>
internal static class ReportRunner
{
    /// <summary>Runs every analysis; <paramref name="progress"/> is told the index and id of each analysis as it starts.</summary>
    public static ReportResult Run(AnalysisPlan plan, ReportWarnings warnings, Action<int, string>? progress = null)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        using var context = new ReportContext(plan, warnings);
        var sections = ImmutableArray.CreateBuilder<ReportSection>(plan.Analyses.Length + plan.Checklists.Length);
        for (var i = 0; i < plan.Analyses.Length; i++)
        {
            var analysis = plan.Analyses[i];
            progress?.Invoke(i, analysis.Id);
            var section = analysis.Run(context);
            foreach (var w in section.Warnings)
            {
                warnings.Add(w);
            }

            sections.Add(section);
        }

        var analysed = sections.ToImmutable();
        foreach (var checklist in plan.Checklists)
        {
            var covered = checklist.AnalysisIds.IsEmpty ? analysed : [.. analysed.Where(s => checklist.AnalysisIds.Contains(s.Id))];
            sections.Add(ChecklistSection.Build(checklist.Checklist, covered, !checklist.AnalysisIds.IsEmpty));
        }

        CheckNames(sections);
        return new ReportResult(plan, sections.ToImmutable(), warnings.All, [.. context.InputFiles.Distinct(StringComparer.Ordinal)], started, clock.Elapsed);
    }

    private static void CheckNames(IEnumerable<ReportSection> sections)
    {
        var tables = new HashSet<string>(StringComparer.Ordinal);
        var figures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sections)
        {
            foreach (var t in s.Tables)
            {
                if (!tables.Add(t.Name))
                {
                    throw new InvalidOperationException($"Two tables of the report are named \"{t.Name}\" (section {s.Id}); table names must be unique.");
                }
            }

            foreach (var f in s.Figures)
            {
                if (!figures.Add(f.Name))
                {
                    throw new InvalidOperationException($"Two figures of the report are named \"{f.Name}\" (section {s.Id}); figure names must be unique.");
                }
            }
        }
    }
}
