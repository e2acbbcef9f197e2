namespace OutcomesLab.IO.Internal;

/// <summary>Collects problems up to a cap while counting all of them.</summary>
internal sealed class ProblemCollector(string file, int max)
{
    private readonly List<InputProblem> _problems = [];

    public string File { get; } = file;

    public int Total { get; private set; }

    public bool Any => Total > 0;

    public bool Full => _problems.Count >= max;

    public void Add(int? line, string? column, string expected, string? found, string fix)
    {
        Total++;
        if (_problems.Count < max)
        {
            _problems.Add(new InputProblem(File, line, column, expected, found, fix));
        }
    }

    public void ThrowIfAny()
    {
        if (Total > 0)
        {
            throw new InputException(_problems, Total);
        }
    }

    public InputException Throw(int? line, string? column, string expected, string? found, string fix)
    {
        Add(line, column, expected, found, fix);
        return new InputException(_problems, Total);
    }
}
