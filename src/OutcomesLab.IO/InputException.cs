using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.IO;

/// <summary>
/// The one exception thrown for every problem with user input (missing or unreadable file, bad
/// encoding, malformed CSV, values that do not fit their role, unknown column names, refused
/// output paths). It carries up to <see cref="CsvReadOptions.MaxProblems"/> problems; the message
/// is one paragraph per problem followed by "... and N more problems." when some were not listed.
/// The CLI maps it to exit code 2.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates an exception without structured problems.</summary>
    public InputException()
        : this("Invalid input.")
    {
    }

    /// <summary>Creates an exception with a plain message and no structured problems.</summary>
    /// <param name="message">The message.</param>
    public InputException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates an exception with a plain message wrapping another exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates an exception from collected problems.</summary>
    /// <param name="problems">The problems to list (at least one).</param>
    /// <param name="totalProblemCount">How many problems were found in total (at least the number listed).</param>
    /// <param name="innerException">Optional underlying exception.</param>
    public InputException(IReadOnlyList<InputProblem> problems, int totalProblemCount, Exception? innerException = null)
        : base(BuildMessage(problems, totalProblemCount), innerException)
    {
        Problems = [.. problems];
        TotalProblemCount = Math.Max(totalProblemCount, Problems.Length);
    }

    /// <summary>Creates an exception for a single problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="innerException">Optional underlying exception.</param>
    public InputException(InputProblem problem, Exception? innerException = null)
        : this([problem], 1, innerException)
    {
    }

    /// <summary>The listed problems, in file order where they have a line.</summary>
    public ImmutableArray<InputProblem> Problems { get; }

    /// <summary>The number of problems found, including those not listed in <see cref="Problems"/>.</summary>
    public int TotalProblemCount { get; }

    private static string BuildMessage(IReadOnlyList<InputProblem> problems, int total)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var text = string.Join("\n\n", problems.Select(p => p.ToString()));
        var more = total - problems.Count;
        if (more > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"\n\n... and {more} more problem{(more == 1 ? "" : "s")}.");
        }

        return text;
    }
}
