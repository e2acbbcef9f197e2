namespace OutcomesLab.Plotting;

/// <summary>One row of a forest plot, on the natural scale (ratios as ratios, not logs).</summary>
/// <param name="Kind">How the row is drawn.</param>
/// <param name="Label">The text in the label column.</param>
/// <param name="Estimate">The point estimate (NaN for headers and prediction rows).</param>
/// <param name="Lower">Lower limit of the interval.</param>
/// <param name="Upper">Upper limit of the interval.</param>
/// <param name="Columns">The texts of the right-hand columns (e.g. <c>0.52 (0.38–0.71)</c>, a p-value, a weight), one per <see cref="ForestModel.ColumnTitles"/>.</param>
/// <param name="Weight">Relative marker area in (0, 1] (study weight / largest weight); 1 when all rows are equal.</param>
/// <param name="Indent">Indent the label (rows under a heading).</param>
public sealed record ForestRow(ForestRowKind Kind, string Label, double Estimate, double Lower, double Upper, IReadOnlyList<string> Columns, double Weight = 1, bool Indent = false);
