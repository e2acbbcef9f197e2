namespace OutcomesLab.Outcomes;

/// <summary>One row of the gap-sensitivity table: a gap rule and one group's retention under it.</summary>
/// <param name="Gap">The permissible gap.</param>
/// <param name="Summary">The group's retention summary under that gap.</param>
public sealed record RetentionGapSweepRow(EpisodeGap Gap, RetentionGroupSummary Summary);
