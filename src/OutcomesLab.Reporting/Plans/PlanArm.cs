namespace OutcomesLab.Reporting.Plans;

/// <summary>An arm (group level) in the plan's <c>arms</c> list: its position gives the display order, <see cref="Label"/> its printed name.</summary>
/// <param name="Value">The level as it appears in the data.</param>
/// <param name="Label">The label shown in tables and figures.</param>
internal sealed record PlanArm(string Value, string Label);
