namespace OutcomesLab.IO.Internal;

/// <summary>The typed values of one column: numbers with a missing mask, or text with null for missing.</summary>
internal sealed class ColumnData
{
    /// <param name="numbers">The values (0 where missing).</param>
    /// <param name="missing">The missing mask, or null when no value is missing.</param>
    /// <param name="dates">For a date column, <see cref="ColumnKind.Date"/> or <see cref="ColumnKind.DateTime"/> (the numbers are days since 1970-01-01); null for plain numbers.</param>
    public ColumnData(double[] numbers, bool[]? missing, ColumnKind? dates = null)
    {
        Numbers = numbers;
        Missing = missing;
        Dates = dates;
    }

    public ColumnData(string?[] texts) => Texts = texts;

    public double[]? Numbers { get; }

    /// <summary>The missing mask of a numeric column; null when no value is missing.</summary>
    public bool[]? Missing { get; }

    public string?[]? Texts { get; }

    /// <summary><see cref="ColumnKind.Date"/> or <see cref="ColumnKind.DateTime"/> for a date column (days since 1970-01-01 in <see cref="Numbers"/>), else null.</summary>
    public ColumnKind? Dates { get; }

    public bool IsNumeric => Numbers is not null;

    public bool IsMissing(int row) => Numbers is not null ? Missing is { } m && m[row] : Texts![row] is null;

    /// <summary>The value as text (numbers round-trip formatted, dates in ISO 8601), or null when missing.</summary>
    public string? TextAt(int row) => Numbers is not null
        ? (IsMissing(row) ? null : Dates is { } d ? DateText.Format(Numbers[row], d == ColumnKind.DateTime) : NumberText.Format(Numbers[row]))
        : Texts![row];
}
