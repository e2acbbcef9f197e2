namespace OutcomesLab.Outcomes;

/// <summary>
/// How a refill that arrives before the previous supply has run out is counted
/// (<see cref="EpisodeOptions.Overlap"/>).
/// </summary>
/// <remarks>
/// <see cref="Shift"/> is the Pharmacy Quality Alliance convention for the proportion of days covered
/// (PQA, "PDC Measures" technical specification: when fills of the same drug overlap, the later
/// fill's start is moved to the day after the earlier supply ends); <see cref="None"/> counts each
/// calendar day once, as if the surplus were discarded (no stock-piling).
/// </remarks>
public enum EpisodeOverlapRule
{
    /// <summary>Overlapping days are counted once; the surplus of an early refill is lost (the default, the behaviour before the option existed).</summary>
    None,

    /// <summary>The surplus days of an early refill are carried forward: the refill's supply starts the day after the coverage so far ends.</summary>
    Shift,
}
