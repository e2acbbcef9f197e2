namespace OutcomesLab.Reporting;

/// <summary>How the sections that use a dataset an analysis publishes name it (as a plan dataset's <c>label</c> and <c>labels</c>).</summary>
/// <param name="Label">The data as methods and captions name them.</param>
/// <param name="Columns">Column labels.</param>
/// <param name="Population">Who the subjects are, for the tables' "n:" notes (e.g. "patients dosed on or after their index day").</param>
internal sealed record DerivedDatasetLabels(string Label, IReadOnlyDictionary<string, string> Columns, string Population);
