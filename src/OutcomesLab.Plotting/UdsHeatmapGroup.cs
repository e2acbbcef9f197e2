namespace OutcomesLab.Plotting;

/// <summary>One arm block of a urine-screen heat-map.</summary>
/// <param name="Group">The arm label.</param>
/// <param name="N">Patients in the arm.</param>
/// <param name="FirstRow">Index in <see cref="UdsHeatmapModel.Rows"/> of the arm's first (top) row.</param>
public sealed record UdsHeatmapGroup(string Group, int N, int FirstRow)
{
    /// <summary>Drawn rows of the arm: <see cref="N"/>, or N / k rounded up when each row stands for k patients (<see cref="UdsHeatmapFigure.Bin"/>).</summary>
    public int RowCount { get; init; } = N;
}
