namespace OutcomesLab.Reporting.Analyses;

/// <summary>The two-arm keys of the effect and compare analyses.</summary>
/// <param name="Dataset">The cohort dataset.</param>
/// <param name="Group">Arm column.</param>
/// <param name="Treatment">The treatment level (differences are treatment minus control).</param>
/// <param name="Control">The control level.</param>
internal sealed record PlanTwoArms(PlanDatasetRef Dataset, PlanColumn Group, PlanValue Treatment, PlanValue Control);
