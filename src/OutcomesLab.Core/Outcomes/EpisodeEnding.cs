namespace OutcomesLab.Outcomes;

/// <summary>Why a streamed treatment episode ended (see <see cref="StreamingEpisodeBuilder"/>).</summary>
public enum EpisodeEnding
{
    /// <summary>The patient's next record started more than the permissible gap after the coverage ran out.</summary>
    Gap = 0,

    /// <summary>The next record was of another medication and <see cref="EpisodeSwitchRule.NewEpisode"/> was requested.</summary>
    Switch = 1,

    /// <summary>The patient had no further record (the episode may still be ongoing at the end of the data).</summary>
    LastRecord = 2,
}
