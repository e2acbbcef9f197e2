namespace OutcomesLab.Outcomes;

/// <summary>What <see cref="RetentionAnalysis.Analyze"/> derives from treatment episodes.</summary>
public sealed record RetentionOptions
{
    /// <summary>Gap and medication-switch rules of the episodes (required).</summary>
    public required EpisodeOptions Episodes { get; init; }

    /// <summary>Follow-up horizon in days from the index day: time in treatment is capped at it and patients still in treatment then are censored (null = no horizon).</summary>
    public int? Horizon { get; init; }

    /// <summary>
    /// Planned end of treatment, in days after the index day (null = none): a patient whose first
    /// episode still runs on this day has completed treatment and is censored at the end of that
    /// episode (capped at the horizon), never counted as a dropout; must be below the horizon. Hser et
    /// al. (Addiction 2014) count 24-week completion as a last dose on or after day 161 of the 168.
    /// </summary>
    public int? CompletionDay { get; init; }

    /// <summary>Last study day of the data (a patient whose permissible gap has not run out by then is censored); null = the last day covered by any record.</summary>
    public int? DataEndDay { get; init; }

    /// <summary>Days D at which "retained at day D" is reported (first episode still running on index day + D).</summary>
    public IReadOnlyList<int> RetainedAtDays { get; init; } = [90, 180];

    /// <summary>Length of continuous treatment that counts as continuity, in days (180: NQF #3175).</summary>
    public int ContinuityDays { get; init; } = 180;

    /// <summary>Intention to treat: patients without a record on or after their index day count as not retained (time 0, dropout) instead of being left out.</summary>
    public bool IntentionToTreat { get; init; }
}
