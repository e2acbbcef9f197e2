namespace OutcomesLab.Core.Tests.EdgeCases;

/// <summary>The small data sets of <c>make_edge_cases.R</c>, as the same literals.</summary>
internal static class EdgeCaseData
{
    public static double[] Time { get; } = [2, 3, 5, 7, 8, 11, 13, 15, 17, 20];

    public static bool[] Event { get; } = [true, true, false, true, true, false, true, true, false, true];

    public static double[] X { get; } = [1, 0, 1, 1, 0, 0, 1, 0, 1, 0];

    public static double[] Weight { get; } = [1, 0, 1, 1, 0, 1, 1, 1, 0, 1];

    public static double[] TiedTime { get; } = [5, 5, 5, 5, 5, 5, 8, 9];

    public static bool[] TiedEvent { get; } = [true, true, true, true, true, true, false, false];

    public static double[] TiedX { get; } = [0.5, 1, 2, 0, 1.5, 3, 1, 2];
}
