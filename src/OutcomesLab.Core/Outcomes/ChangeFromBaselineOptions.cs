namespace OutcomesLab.Outcomes;

/// <summary>What <see cref="ChangeFromBaseline.Compute"/> reports besides the mean change.</summary>
public sealed record ChangeFromBaselineOptions
{
    /// <summary>Confidence level of the t-based interval of the mean change, in (0, 1); default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Minimal important difference: a responder changes by at least this much in the better direction (<see cref="ChangeScores.Responders(IReadOnlyList{double?}, double, bool)"/>); null = no responder counts.</summary>
    public double? MinimalImportantDifference { get; init; }

    /// <summary>Reliability r in [0, 1) for the Jacobson–Truax reliable change (<see cref="ReliableChange.Classify"/>); null = no reliable-change counts.</summary>
    public double? Reliability { get; init; }

    /// <summary>Direction of benefit (true for utilities and QoL scores).</summary>
    public bool HigherIsBetter { get; init; } = true;
}
