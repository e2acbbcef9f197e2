namespace OutcomesLab.EffectSizes;

/// <summary>One outcome of a domain comparison, with one value per subject (aligned with the arm labels).</summary>
/// <param name="Name">Display name, e.g. "EQ-5D VAS at week 24".</param>
/// <param name="Domain">The outcome domain.</param>
/// <param name="Type">Continuous, binary (values 0/1) or time-to-event (values = times, <paramref name="Events"/> = event indicators).</param>
/// <param name="Direction">Which direction is better for the patient.</param>
/// <param name="Values">Per-subject values; NaN = missing (the subject is dropped for this outcome only).</param>
/// <param name="Events">Event indicator per subject for time-to-event outcomes (true = event, false = censored); null otherwise.</param>
/// <param name="RmstTau">Truncation time for the RMST difference (time-to-event only); null for the smaller of the two arms' largest times.</param>
public sealed record OutcomeSpecification(
    string Name,
    OutcomeDomain Domain,
    OutcomeType Type,
    OutcomeDirection Direction,
    IReadOnlyList<double> Values,
    IReadOnlyList<bool>? Events = null,
    double? RmstTau = null);
