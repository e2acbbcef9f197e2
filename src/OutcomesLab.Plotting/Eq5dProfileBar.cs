using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>One stacked segment of an EQ-5D profile figure: the share of a group at one level of one dimension.</summary>
/// <param name="Group">The group.</param>
/// <param name="Dimension">The dimension code (MO, SC, UA, PD, AD).</param>
/// <param name="Level">The level, 1 = no problems.</param>
/// <param name="X">Bar centre on the x-axis.</param>
/// <param name="Bottom">Segment bottom (cumulative share of the lower levels).</param>
/// <param name="Top">Segment top; <c>Top − Bottom</c> is the level's share (proportion or percent).</param>
/// <param name="Count">Respondents at this level.</param>
/// <param name="Color">Fill colour.</param>
public sealed record Eq5dProfileBar(string Group, string Dimension, int Level, double X, double Bottom, double Top, int Count, Color Color);
