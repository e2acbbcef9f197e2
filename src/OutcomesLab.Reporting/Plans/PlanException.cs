namespace OutcomesLab.Reporting.Plans;

/// <summary>
/// A problem with an analysis plan (JSON syntax, unknown key, wrong type, missing key, bad value,
/// unknown dataset or column): names the file, line, column and JSON path, what was expected, what
/// was found and how to fix it. The CLI maps it to exit code 2 and writes nothing.
/// </summary>
public sealed class PlanException : Exception
{
    /// <summary>A problem at <paramref name="location"/>: what was expected, what was found and how to fix it.</summary>
    /// <param name="location">Where in the plan file.</param>
    /// <param name="expected">What a valid value looks like, phrased to follow "expected".</param>
    /// <param name="found">What was found (quoted when text), or null.</param>
    /// <param name="fix">How to fix it.</param>
    public PlanException(PlanLocation location, string expected, string? found, string fix)
        : base(Compose(location, expected, found, fix))
    {
        Location = location;
        Expected = expected;
        Found = found;
        Fix = fix;
    }

    /// <summary>A plan problem without a description.</summary>
    public PlanException()
        : this("Invalid analysis plan.")
    {
    }

    /// <summary>A plan problem described by <paramref name="message"/>, not tied to a place in the file.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public PlanException(string message)
        : base(message)
    {
        Location = new PlanLocation("plan", 0, 0, "");
        Expected = message;
        Fix = "";
    }

    /// <summary>A plan problem described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The underlying failure.</param>
    public PlanException(string message, Exception innerException)
        : base(message, innerException)
    {
        Location = new PlanLocation("plan", 0, 0, "");
        Expected = message;
        Fix = "";
    }

    /// <summary>Where the problem is.</summary>
    public PlanLocation Location { get; }

    /// <summary>What a valid value looks like, phrased to follow "expected".</summary>
    public string Expected { get; }

    /// <summary>What was found (already quoted when it is text), or null.</summary>
    public string? Found { get; }

    /// <summary>How to fix it (for an unknown key: the allowed keys and the nearest one).</summary>
    public string Fix { get; }

    private static string Compose(PlanLocation location, string expected, string? found, string fix)
    {
        var text = $"{location}: expected {expected}";
        if (found is not null)
        {
            text += $", found {found}";
        }

        text += ".";
        return fix.Length == 0 ? text : $"{text} {fix}";
    }
}
