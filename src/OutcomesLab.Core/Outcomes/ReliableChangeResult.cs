namespace OutcomesLab.Outcomes;

/// <summary>The reliable change index of one person.</summary>
/// <param name="Change">Follow-up − baseline.</param>
/// <param name="StandardErrorOfDifference">S_diff of the chosen method.</param>
/// <param name="Index">RCI = change / S_diff.</param>
/// <param name="Category">Jacobson–Truax category.</param>
public sealed record ReliableChangeResult(double Change, double StandardErrorOfDifference, double Index, ReliableChangeCategory Category);
