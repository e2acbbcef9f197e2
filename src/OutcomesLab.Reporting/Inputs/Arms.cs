namespace OutcomesLab.Reporting.Inputs;

/// <summary>The arm of every row of a table: 1 = treatment, 2 = control, 0 = another arm, -1 = missing.</summary>
internal sealed record Arms(string Column, string Treatment, string Control, int[] Code, string?[] Labels);
