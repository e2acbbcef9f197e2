namespace OutcomesLab.Reporting.Analyses;

/// <summary>One assessment of a wide QoL table: its label, the five EQ-5D item columns, the EQ VAS column and its time.</summary>
/// <param name="Label">Label in tables and figures, e.g. <c>Baseline</c>.</param>
/// <param name="Items">The EQ-5D level columns in the order MO, SC, UA, PD, AD.</param>
/// <param name="Vas">The EQ VAS column, or null.</param>
/// <param name="Time">Time of the assessment (x position of the trajectory), or null for evenly spaced.</param>
internal sealed record QolTimePoint(string Label, IReadOnlyList<string> Items, string? Vas, double? Time);
