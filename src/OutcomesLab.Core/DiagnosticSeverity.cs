namespace OutcomesLab;

/// <summary>How much a <see cref="Diagnostic"/> matters to the interpretation of a result.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information only; the result is as requested.</summary>
    Info,

    /// <summary>The result is valid but a caveat applies (e.g. a median that is not reached).</summary>
    Warning,
}
