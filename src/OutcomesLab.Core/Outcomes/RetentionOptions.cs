namespace OutcomesLab.Outcomes;

/// <summary>What <see cref="RetentionAnalysis.Analyze"/> derives from treatment episodes.</summary>
public sealed record RetentionOptions
{
    /// <summary>Gap and medication-switch rules of the episodes (required).</summary>
    public required EpisodeOptions Episodes { get; init; }

    /// <summary>Follow-up horizon in days from the index day: time in treatment is capped at it and patients still in treatment then are censored (null = no horizon).</summary>
    public int? Horizon { get; init; }

    /// <summary>Last study day of the data (a patient whose permissible gap has not run out by then is censored); null = the last day covered by any record.</summary>
    public int? DataEndDay { get; init; }

    /// <summary>Days D at which "retained at day D" is reported (first episode still running on index day + D).</summary>
    public IReadOnlyList<int> RetainedAtDays { get; init; } = [90, 180];

    /// <summary>Length of continuous treatment that counts as continuity, in days (180: NQF #3175).</summary>
    public int ContinuityDays { get; init; } = 180;

    /// <summary>Intention to treat: patients without a record on or after their index day count as not retained (time 0, dropout) instead of being left out.</summary>
    public bool IntentionToTreat { get; init; }
}
