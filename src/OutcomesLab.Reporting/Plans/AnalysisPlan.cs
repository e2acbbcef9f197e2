using System.Collections.Immutable;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Plans;

/// <summary>
/// A validated analysis plan (the JSON file described in docs/analysis-plan.md): the datasets, the
/// arms and the analyses in order, with the report-wide settings. Load one with <see cref="Load"/>
/// and run it with <see cref="Report.Run"/>.
/// </summary>
public sealed record AnalysisPlan
{
    internal AnalysisPlan(PlanDocument document, string title)
    {
        Document = document;
        Title = title;
    }

    /// <summary>Reads and validates a plan file; relative data paths (<c>"file"</c>, <c>"outcomes_file"</c>) are resolved against <paramref name="dataFolder"/>, by default the plan's folder.</summary>
    /// <param name="path">The plan file (JSON).</param>
    /// <param name="dataFolder">The folder relative data paths resolve against, or null for the plan's folder (e.g. a repository root for a plan kept elsewhere).</param>
    /// <returns>The validated plan, ready to run.</returns>
    /// <exception cref="PlanException">The plan is not valid JSON or breaks a rule of the plan format: the message names the file, line, column and JSON path, what was expected and how to fix it.</exception>
    /// <exception cref="FileNotFoundException">The plan file does not exist.</exception>
    public static AnalysisPlan Load(string path, string? dataFolder = null) => AnalysisPlanReader.Read(path, dataFolder);

    /// <summary>The plan file (bytes, JSON and positions).</summary>
    internal PlanDocument Document { get; }

    /// <summary>The plan file as given to <see cref="Load"/>.</summary>
    public string File => Document.File;

    /// <summary>The plan file's absolute path.</summary>
    public string FullPath => Document.FullPath;

    /// <summary>The report title.</summary>
    public string Title { get; }

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

    /// <summary>Whether the arms of every figure differ by line type as well as colour and marker (plan <c>figures.linetypes</c>; default varied).</summary>
    public ArmLineTypes FigureLineTypes { get; init; } = ArmLineTypes.Varied;

    /// <summary>Figure files written besides figures/NAME.png and .svg (which report.md and report.html use): PDF, EPS and/or TIFF, in plan order; empty by default.</summary>
    public ImmutableArray<FigureFormat> ExtraFigureFormats { get; init; } = [];

    /// <summary>The reporting checklists (STROBE, CONSORT) whose coverage the report lists, in plan order, each with the analyses it covers; empty by default.</summary>
    internal ImmutableArray<PlanChecklist> Checklists { get; init; } = [];

    /// <summary>The absolute paths of the declared dataset files, in plan order.</summary>
    public ImmutableArray<string> DatasetFiles => [.. Datasets.Select(d => d.FullPath)];

    /// <summary>The analysis ids in plan order.</summary>
    public ImmutableArray<string> AnalysisIds => [.. Analyses.Select(a => a.Id)];

    /// <summary>The declared CSV files.</summary>
    internal ImmutableArray<PlanDataset> Datasets { get; init; } = [];

    /// <summary>Display order and labels of arms (empty: sorted order, levels as labels).</summary>
    internal ImmutableArray<PlanArm> Arms { get; init; } = [];

    /// <summary>The analyses in plan order.</summary>
    internal ImmutableArray<IReportAnalysis> Analyses { get; init; } = [];
}
