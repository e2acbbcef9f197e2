namespace OutcomesLab;

/// <summary>
/// A statistical caveat attached to a result (DESIGN.md principle 5): non-convergence, merged tied
/// times, a group without events and similar conditions that do not invalidate the computation but
/// that a reader of the result must know about. The CLI prints them as warnings.
/// </summary>
/// <param name="Severity">How much the caveat matters.</param>
/// <param name="Code">A stable machine-readable identifier, e.g. <c>merged-times</c>.</param>
/// <param name="Message">One human-readable sentence explaining the caveat and its consequence.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message);
