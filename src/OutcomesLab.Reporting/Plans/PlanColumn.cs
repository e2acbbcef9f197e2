namespace OutcomesLab.Reporting.Plans;

/// <summary>A column name given in a plan, with where it is written (a column missing from the data is reported at this location).</summary>
/// <param name="Name">The column name.</param>
/// <param name="Location">The location of the value in the plan.</param>
internal sealed record PlanColumn(string Name, PlanLocation Location);
