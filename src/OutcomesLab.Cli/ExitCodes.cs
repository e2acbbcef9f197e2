namespace OutcomesLab.Cli;

/// <summary>Process exit codes of <c>outcomeslab</c> (DESIGN.md, conventions for users).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure (a bug or an environment problem); one-line message, stack trace with --verbose.</summary>
    public const int UnexpectedFailure = 1;

    /// <summary>Invalid usage or invalid input; nothing was written.</summary>
    public const int InvalidInput = 2;
}
