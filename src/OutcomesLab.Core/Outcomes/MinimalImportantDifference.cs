namespace OutcomesLab.Outcomes;

/// <summary>A published minimal important difference (MID) for an instrument score.</summary>
/// <param name="Instrument">Instrument identifier as the CLI names it, e.g. <c>eq5d-5l</c>.</param>
/// <param name="ValueSet">Value set the MID was estimated under, or null when it does not depend on one.</param>
/// <param name="Lower">Lower end of the published estimate (used as the responder threshold by default).</param>
/// <param name="Upper">Upper end of the published estimate (equal to <paramref name="Lower"/> for a single value).</param>
/// <param name="Citation">The source.</param>
/// <param name="Note">How the estimate was derived and what it applies to.</param>
public sealed record MinimalImportantDifference(string Instrument, string? ValueSet, double Lower, double Upper, string Citation, string Note);
