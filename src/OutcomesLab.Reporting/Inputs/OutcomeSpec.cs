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
    string Path);
