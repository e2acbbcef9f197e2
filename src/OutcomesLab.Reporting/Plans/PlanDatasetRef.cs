namespace OutcomesLab.Reporting.Plans;

/// <summary>A validated reference from an analysis to a dataset: a plan dataset name or the id of an earlier analysis that publishes a derived dataset.</summary>
/// <param name="Name">The dataset name or analysis id.</param>
/// <param name="Location">Where the reference is written (for run-time errors such as an unknown column).</param>
internal sealed record PlanDatasetRef(string Name, PlanLocation Location);
