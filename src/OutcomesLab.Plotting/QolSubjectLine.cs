using System.Collections.Immutable;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>One subject's line as drawn: thin and translucent in the group colour, at the visit times.</summary>
/// <param name="Group">The subject's group.</param>
/// <param name="Color">Line colour (the group colour, before transparency).</param>
/// <param name="X">Visit times.</param>
/// <param name="Y">The subject's value at each visit (NaN where missing; the line is broken there).</param>
public sealed record QolSubjectLine(string Group, Color Color, ImmutableArray<double> X, ImmutableArray<double> Y);
