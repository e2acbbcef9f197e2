namespace OutcomesLab.Reporting.Rendering;

/// <summary>A titled table of already-formatted cells, rendered as aligned text, Markdown or CSV.</summary>
internal sealed record TextTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Columns whose cells are right-aligned in text output (numbers).</summary>
    public IReadOnlySet<int> RightAligned { get; init; } = new HashSet<int>();
}
