namespace OutcomesLab.Outcomes;

/// <summary>The definitions <see cref="UdsSummary.Compute"/> applies to every word.</summary>
public sealed record UdsOutcomeOptions
{
    /// <summary>The missing-data rule (required; see <see cref="UdsMissingRule"/> for why there is no default).</summary>
    public required UdsMissingRule MissingRule { get; init; }

    /// <summary>First week of the % negative window (null = the word's first week).</summary>
    public int? NegativeFromWeek { get; init; }

    /// <summary>Last week of the % negative window (null = the word's last week).</summary>
    public int? NegativeToWeek { get; init; }

    /// <summary>Consecutive positive weeks that define relapse (4: CTN-0094, Lee 2018).</summary>
    public int RelapseWeeks { get; init; } = 4;

    /// <summary>Earliest week a relapse run may start (1; Lee 2018 uses week 4, "from day 21").</summary>
    public int RelapseFromWeek { get; init; } = 1;

    /// <summary>Final weeks that must be abstinent for a responder (4).</summary>
    public int FinalWeeks { get; init; } = 4;

    /// <summary>Consecutive missing weeks that define study dropout (4: CTN-0094).</summary>
    public int DropoutWeeks { get; init; } = 4;
}
