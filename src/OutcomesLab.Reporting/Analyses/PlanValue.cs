namespace OutcomesLab.Reporting.Analyses;

/// <summary>A text value of a plan (an arm level, a filter) with where it is written, so that a run-time problem with it points at the plan.</summary>
/// <param name="Text">The value.</param>
/// <param name="Location">Where the value is written in the plan.</param>
internal sealed record PlanValue(string Text, PlanLocation Location);
