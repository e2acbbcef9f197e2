namespace OutcomesLab.Cli;

/// <summary>Decides which exceptions are the user's input or usage problems (exit code 2) rather than failures of OutcomesLab (exit code 1).</summary>
internal static class FailureReport
{
    public static bool IsInputProblem(Exception ex) =>
        ex is UsageException or PlanException or IO.InputException or ArgumentException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException;

    /// <summary>The message for the user, without the " (Parameter 'x')" that .NET appends to argument exceptions: the parameter is an internal name.</summary>
    public static string Message(Exception ex) =>
        ex is ArgumentException { ParamName: { } name } && ex.Message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
            ? ex.Message[..^$" (Parameter '{name}')".Length]
            : ex.Message;
}
