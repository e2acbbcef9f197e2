namespace OutcomesLab.Reporting.Rendering;

/// <summary>A titled table of already-formatted cells, rendered as aligned text, Markdown, CSV or LaTeX.</summary>
/// <param name="Title">The caption (empty for none).</param>
/// <param name="Headers">The column headers.</param>
/// <param name="Rows">The rows, each with one cell per header.</param>
public sealed record TextTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Columns whose cells are right-aligned in text output (numbers).</summary>
    public IReadOnlySet<int> RightAligned { get; init; } = new HashSet<int>();
}
