namespace OutcomesLab.Outcomes;

/// <summary>What a change of medication between consecutive records does to a treatment episode.</summary>
public enum EpisodeSwitchRule
{
    /// <summary>Switching medication (e.g. methadone to buprenorphine) continues the episode when the gap rule allows: retention in any MOUD, as most claims-based retention studies count it.</summary>
    Continuous = 0,

    /// <summary>A change of medication starts a new episode: retention on one medication.</summary>
    NewEpisode = 1,
}
