using System.Collections.Immutable;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Plans;

/// <summary>A CSV or Parquet file declared under the plan's <c>datasets</c>.</summary>
/// <param name="Name">The dataset name analyses refer to.</param>
/// <param name="File">The file as written in the plan (relative to the plan's folder unless absolute).</param>
/// <param name="FullPath">The resolved absolute path.</param>
/// <param name="Options">How the file is read (delimiter, decimal comma, missing-value codes).</param>
/// <param name="Location">Where the dataset is declared in the plan.</param>
/// <param name="Format">The file's format (key <c>format</c>, else by extension).</param>
internal sealed record PlanDataset(string Name, string File, string FullPath, CsvReadOptions Options, PlanLocation Location, TableFileFormat Format = TableFileFormat.Csv)
{
    /// <summary>How methods and captions name the data (key <c>label</c>), or null for "dataset NAME".</summary>
    public string? Label { get; init; }

    /// <summary>Whether the data are simulated (key <c>simulated</c>): every section using them says so.</summary>
    public bool Simulated { get; init; }

    /// <summary>Column labels (key <c>labels</c>): how methods, captions and Table 1 name a column.</summary>
    public ImmutableDictionary<string, string> ColumnLabels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Value labels per column (key <c>level_labels</c>).</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, string>> LevelLabels { get; init; } = ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty;
}
