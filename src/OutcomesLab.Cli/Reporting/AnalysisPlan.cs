using System.Collections.Immutable;
using OutcomesLab.Plotting;

namespace OutcomesLab.Cli.Reporting;

/// <summary>A validated analysis plan (see docs/analysis-plan.md and <see cref="AnalysisPlanReader"/>).</summary>
/// <param name="Document">The plan file (bytes, JSON and positions).</param>
/// <param name="Title">The report title.</param>
internal sealed record AnalysisPlan(PlanDocument Document, string Title)
{
    /// <summary>A paragraph under the title, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The seed of every random step (bootstrap, jitter), recorded in provenance.json.</summary>
    public int Seed { get; init; } = AnalysisPlanReader.DefaultSeed;

    /// <summary>Confidence level of every interval unless an analysis overrides it.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Counts below this are shown as "&lt;K" in every table, at-risk row and figure label; null for no suppression.</summary>
    public int? SuppressBelow { get; init; }

    /// <summary>The figure size and resolution.</summary>
    public FigurePreset FigurePreset { get; init; } = FigurePreset.JournalDouble;

    /// <summary>The declared CSV files.</summary>
    public ImmutableArray<PlanDataset> Datasets { get; init; } = [];

    /// <summary>Display order and labels of arms (empty: sorted order, levels as labels).</summary>
    public ImmutableArray<PlanArm> Arms { get; init; } = [];

    /// <summary>The analyses in plan order.</summary>
    public ImmutableArray<IReportAnalysis> Analyses { get; init; } = [];
}
