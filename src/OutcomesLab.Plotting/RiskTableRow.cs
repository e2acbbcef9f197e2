using System.Collections.Immutable;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>One row of the table under a survival plot: one group's numbers at each x tick.</summary>
/// <param name="Block">The block: <see cref="RiskTableRows.AtRisk"/>, <see cref="RiskTableRows.Events"/> or <see cref="RiskTableRows.Censored"/>.</param>
/// <param name="Label">The group label printed at the left.</param>
/// <param name="Color">The group's colour.</param>
/// <param name="Values">One number per tick of <see cref="StepFigureModel.XTicks"/>.</param>
public sealed record RiskTableRow(RiskTableRows Block, string Label, Color Color, ImmutableArray<double> Values);
