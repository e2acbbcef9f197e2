using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>One histogram bar as drawn.</summary>
/// <param name="Group">The group.</param>
/// <param name="Color">Fill colour.</param>
/// <param name="Left">Left edge on the value axis.</param>
/// <param name="Right">Right edge on the value axis.</param>
/// <param name="BinLower">Lower break of the bin.</param>
/// <param name="BinUpper">Upper break of the bin.</param>
/// <param name="Count">Bar height: the group's count in the bin.</param>
public sealed record DistributionBar(string Group, Color Color, double Left, double Right, double BinLower, double BinUpper, int Count);
