namespace OutcomesLab.Cli;

/// <summary>Decides which exceptions are the user's input or usage problems (exit code 2) rather than failures of OutcomesLab (exit code 1).</summary>
internal static class FailureReport
{
    public static bool IsInputProblem(Exception ex) =>
        ex is UsageException or Reporting.PlanException or IO.InputException or ArgumentException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException;
}
