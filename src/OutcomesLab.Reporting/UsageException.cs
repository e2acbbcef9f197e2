namespace OutcomesLab.Reporting;

/// <summary>A command-line usage problem found after parsing (e.g. an output file that exists without --force); exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
