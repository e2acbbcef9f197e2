namespace OutcomesLab.Plotting;

/// <summary>One row of a urine-screen heat-map, in drawing order (top to bottom): a patient, or <see cref="Patients"/> consecutive patients of an arm.</summary>
/// <param name="Patient">The patient identifier (of the first patient of a binned row).</param>
/// <param name="Group">The patient's arm.</param>
/// <param name="Word">The use-pattern word: one character per week (<c>+</c>, <c>-</c>, <c>o</c>, <c>*</c>); of a binned row, each week's most frequent state of its patients.</param>
/// <param name="SortKey">The value rows are sorted by within an arm, longest first (time in treatment, or weeks up to the last sample).</param>
public sealed record UdsHeatmapRow(string Patient, string Group, string Word, double SortKey)
{
    /// <summary>The patients the row stands for (1 unless binned by <see cref="UdsHeatmapFigure.Bin"/>).</summary>
    public int Patients { get; init; } = 1;
}
