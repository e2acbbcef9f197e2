namespace OutcomesLab.Outcomes;

/// <summary>How <see cref="EpisodeBuilder"/> cuts records into treatment episodes.</summary>
public sealed record EpisodeOptions
{
    /// <summary>The permissible gap (required: published retention swings with it, so there is no silent default).</summary>
    public required EpisodeGap Gap { get; init; }

    /// <summary>Medication switches continue the episode (default) or start a new one.</summary>
    public EpisodeSwitchRule Switch { get; init; } = EpisodeSwitchRule.Continuous;

    /// <summary>
    /// Overlapping supplies: <see cref="EpisodeOverlapRule.None"/> (default) counts overlapping days once,
    /// <see cref="EpisodeOverlapRule.Shift"/> carries an early refill's surplus forward (PQA PDC). It
    /// changes the episodes' end and covered days (and so the gaps between them, time in treatment,
    /// retention and continuity), the days covered and PDC, and the default data end.
    /// </summary>
    public EpisodeOverlapRule Overlap { get; init; } = EpisodeOverlapRule.None;
}
