namespace OutcomesLab.Reporting.Plans;

/// <summary>
/// A problem with an analysis plan (JSON syntax, unknown key, wrong type, missing key, bad value,
/// unknown dataset or column): names the file, line, column and JSON path, what was expected, what
/// was found and how to fix it. The CLI maps it to exit code 2 and writes nothing.
/// </summary>
internal sealed class PlanException : Exception
{
    public PlanException(PlanLocation location, string expected, string? found, string fix)
        : base(Compose(location, expected, found, fix))
    {
        Location = location;
        Expected = expected;
        Found = found;
        Fix = fix;
    }

    public PlanException()
        : this("Invalid analysis plan.")
    {
    }

    public PlanException(string message)
        : base(message)
    {
        Location = new PlanLocation("plan", 0, 0, "");
        Expected = message;
        Fix = "";
    }

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
