namespace OutcomesLab.Reporting;

/// <summary>
/// A request that cannot be carried out as asked, found before any output is written: a setting out of
/// range or not applicable to the analysis, or an output the library may not write (a file that exists
/// without --force, a protected folder). The message says what to change. The CLI maps it to exit code 2.
/// </summary>
public sealed class UsageException : Exception
{
    /// <summary>A problem described by <paramref name="message"/>.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>A problem without a description.</summary>
    public UsageException()
    {
    }

    /// <summary>A problem described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The underlying failure.</param>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
