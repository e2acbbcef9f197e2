namespace OutcomesLab.Outcomes;

/// <summary>Change in one TOP item between two reviews.</summary>
/// <param name="Item">The item.</param>
/// <param name="Baseline">Value at the earlier review, or null.</param>
/// <param name="FollowUp">Value at the later review, or null.</param>
/// <param name="Change">Follow-up − baseline, or null when either is missing.</param>
/// <param name="Improved">True when the change is in the item's better direction (fewer days of use, injecting or crime; higher ratings and more work/education days; housing problem resolved), false when worse or unchanged, null when not computable.</param>
public sealed record TopItemChange(TopItem Item, double? Baseline, double? FollowUp, double? Change, bool? Improved);
