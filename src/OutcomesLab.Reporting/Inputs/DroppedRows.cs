using System.Globalization;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>The warning for rows left out of an analysis.</summary>
internal static class DroppedRows
{
    /// <summary>Formats "N rows dropped because ... (lines a, b, c and N more)" for a warning.</summary>
    public static string Message(IReadOnlyList<int> lines, string why)
    {
        var listed = string.Join(", ", lines.Take(20).Select(l => l.ToString(CultureInfo.InvariantCulture)));
        if (lines.Count > 20)
        {
            listed += string.Create(CultureInfo.InvariantCulture, $" and {lines.Count - 20} more");
        }

        var rows = lines.Count == 1 ? "1 row" : string.Create(CultureInfo.InvariantCulture, $"{lines.Count} rows");
        return $"{rows} dropped because {why} (line{(lines.Count == 1 ? "" : "s")} {listed}).";
    }
}
