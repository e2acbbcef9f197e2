namespace OutcomesLab.Outcomes;

/// <summary>Which substances and weeks <see cref="UdsUsePattern.Build"/> encodes.</summary>
public sealed record UdsWordOptions
{
    /// <summary>Substances whose positive result makes a sample positive (matched ignoring case, e.g. <c>Opioid</c>); required.</summary>
    public required IReadOnlyList<string> Substances { get; init; }

    /// <summary>First week of the word (week 1 = days 1..7 after the index day).</summary>
    public int FirstWeek { get; init; } = 1;

    /// <summary>Last week of the word (24 for a 24-week trial); required.</summary>
    public required int LastWeek { get; init; }

    /// <summary>Days per week (7).</summary>
    public int WeekLength { get; init; } = 7;
}
