namespace OutcomesLab.Plotting;

/// <summary>One patient row of a urine-screen heat-map, in drawing order (top to bottom).</summary>
/// <param name="Patient">The patient identifier.</param>
/// <param name="Group">The patient's arm.</param>
/// <param name="Word">The use-pattern word: one character per week (<c>+</c>, <c>-</c>, <c>o</c>, <c>*</c>).</param>
/// <param name="SortKey">The value rows are sorted by within an arm, longest first (time in treatment, or weeks up to the last sample).</param>
public sealed record UdsHeatmapRow(string Patient, string Group, string Word, double SortKey);
