using System.Collections.Immutable;

namespace OutcomesLab.IO;

/// <summary>Summary of one column (the per-column part of R's <c>summary(data.frame)</c>).</summary>
/// <param name="Name">Column name.</param>
/// <param name="Kind">Inferred type.</param>
/// <param name="Missing">Number of missing values.</param>
/// <param name="Min">Smallest non-missing value of a numeric column, else null.</param>
/// <param name="Max">Largest non-missing value of a numeric column, else null.</param>
/// <param name="Mean">Mean of the non-missing values of a numeric column, else null.</param>
/// <param name="Levels">
/// Distinct values with counts, in <see cref="Factor.DefaultOrder"/> order, for text and boolean
/// columns and for integer columns with at most <see cref="TableDescriber.MaxLevels"/> distinct values; empty otherwise.
/// At most <see cref="TableDescriber.MaxLevels"/> are listed.
/// </param>
/// <param name="MoreLevels">How many further distinct values exist beyond those listed.</param>
public sealed record ColumnDescription(
    string Name,
    ColumnKind Kind,
    int Missing,
    double? Min,
    double? Max,
    double? Mean,
    ImmutableArray<LevelCount> Levels,
    int MoreLevels)
{
    /// <summary>
    /// What the column probably is when that differs from its detected type, with the fix: e.g. a text
    /// column whose values are all numbers written with a decimal comma (read with <c>--decimal-comma</c>);
    /// null when nothing is suspicious.
    /// </summary>
    public string? Note { get; init; }

    /// <summary>The earliest value of a <see cref="ColumnKind.Date"/> or <see cref="ColumnKind.DateTime"/> column in ISO 8601 (then <see cref="Min"/>, <see cref="Max"/> and <see cref="Mean"/> are null); null otherwise.</summary>
    public string? EarliestDate { get; init; }

    /// <summary>The latest value of a date column in ISO 8601; null otherwise.</summary>
    public string? LatestDate { get; init; }
}
