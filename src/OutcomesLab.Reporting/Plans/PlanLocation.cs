using System.Globalization;

namespace OutcomesLab.Reporting.Plans;

/// <summary>Where something is in an analysis plan file: the file as the user named it, 1-based line and column, and the JSON path.</summary>
/// <param name="File">The plan file as the user named it.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column in characters, or 0 when unknown.</param>
/// <param name="Path">The JSON path, e.g. <c>analyses[2].ties</c>; empty for the root object.</param>
public sealed record PlanLocation(string File, int Line, int Column, string Path)
{
    /// <summary>Renders the location as <c>plan.json line 12, column 7, at analyses[2].ties</c>.</summary>
    /// <returns>The location text used in messages.</returns>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File} line {Line}, column {Column}") : File;
        return Path.Length == 0 ? where : $"{where}, at {Path}";
    }
}
