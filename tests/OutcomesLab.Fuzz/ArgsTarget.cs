using System.Text;
using OutcomesLab.Cli;

namespace OutcomesLab.Fuzz;

/// <summary>
/// Fuzz target <c>args</c>: the bytes, decoded as UTF-8 and split on line feeds, are the argv of
/// <c>CliApp.Run</c> with in-memory stdout/stderr, run in a fresh temp working directory holding
/// copies of small data files (<c>workfiles/</c>). An exit code other than 0 or 2, or an exception
/// escaping <c>CliApp.Run</c>, is a crash. Inputs whose arguments contain a path separator or
/// <c>..</c> are skipped so that nothing outside the temp directory can be read or written.
/// </summary>
internal sealed class ArgsTarget : IFuzzTarget
{
    private const int MaxArguments = 64;

    /// <summary>The exit code of the last run (shown by the replay mode), or null when the input was skipped.</summary>
    public int? LastExitCode { get; private set; }

    public void Run(byte[] input)
    {
        LastExitCode = null;
        var args = Split(input);
        if (args is null)
        {
            return;
        }

        var work = FuzzWorkspace.ResetWorkDirectory();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = work;
        try
        {
            using var stdout = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            using var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            var code = CliApp.Run(args, stdout, stderr);
            LastExitCode = code;
            if (code is not (ExitCodes.Ok or ExitCodes.InvalidInput))
            {
                throw new FuzzFindingException($"exit code {code} for argv [{string.Join(" | ", args)}]:\n{stderr}");
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    /// <summary>The argv for an input, or null when the input is skipped.</summary>
    internal static string[]? Split(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var args = text.Split('\n');
        if (args.Length > 0 && args[^1].Length == 0)
        {
            args = args[..^1];
        }

        if (args.Length > MaxArguments)
        {
            return null;
        }

        foreach (var arg in args)
        {
            if (arg.Contains('/', StringComparison.Ordinal) || arg.Contains('\\', StringComparison.Ordinal)
                || arg.Contains("..", StringComparison.Ordinal) || arg.StartsWith('~') || arg.Contains('\0', StringComparison.Ordinal))
            {
                return null;
            }
        }

        return args;
    }
}
