namespace OutcomesLab.Outcomes;

/// <summary>How <see cref="EpisodeBuilder"/> cuts records into treatment episodes.</summary>
public sealed record EpisodeOptions
{
    /// <summary>The permissible gap (required: published retention swings with it, so there is no silent default).</summary>
    public required EpisodeGap Gap { get; init; }

    /// <summary>Medication switches continue the episode (default) or start a new one.</summary>
    public EpisodeSwitchRule Switch { get; init; } = EpisodeSwitchRule.Continuous;
}
