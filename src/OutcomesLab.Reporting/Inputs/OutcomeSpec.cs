using OutcomesLab.EffectSizes;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>One validated outcome of a <c>compare</c> specification file (see <see cref="OutcomeSpecFile"/>).</summary>
internal sealed record OutcomeSpec(
    string Name,
    OutcomeDomain Domain,
    OutcomeType Type,
    OutcomeDirection Direction,
    string? Column,
    string? Time,
    string? Event,
    string? EventValue,
    string? EventWhenOperator,
    double EventWhenThreshold,
    double? RmstTau,
    string Path)
{
    /// <summary>With <see cref="TimeTo"/>: the start-date column the time is computed from instead of <see cref="Time"/> (key "time-from").</summary>
    public string? TimeFrom { get; init; }

    /// <summary>The end-date column (key "time-to").</summary>
    public string? TimeTo { get; init; }

    /// <summary>The unit of the time computed from the dates (key "time-unit", default days).</summary>
    public IO.FollowUpUnit TimeUnit { get; init; } = IO.FollowUpUnit.Days;
}
