namespace OutcomesLab.Fuzz;

/// <summary>A fuzz input produced an outcome the target treats as a crash (a wrong exit code).</summary>
public sealed class FuzzFindingException : Exception
{
    public FuzzFindingException()
    {
    }

    public FuzzFindingException(string message)
        : base(message)
    {
    }

    public FuzzFindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
