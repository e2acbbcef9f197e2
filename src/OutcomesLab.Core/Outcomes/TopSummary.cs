namespace OutcomesLab.Outcomes;

/// <summary>A descriptive summary of one TOP record (the TOP has no total score).</summary>
/// <param name="MaxSubstanceUseDays">Most days any one substance was used in the past 28 days, or null when no substance item was answered.</param>
/// <param name="SubstancesUsed">Number of substances used on at least one day, or null when no substance item was answered.</param>
public sealed record TopSummary(double? MaxSubstanceUseDays, double? SubstancesUsed);
