namespace OutcomesLab.IO.Internal;

/// <summary>The typed values of one column: numbers with a missing mask, or text with null for missing.</summary>
internal sealed class ColumnData
{
    /// <param name="numbers">The values (0 where missing).</param>
    /// <param name="missing">The missing mask, or null when no value is missing.</param>
    public ColumnData(double[] numbers, bool[]? missing)
    {
        Numbers = numbers;
        Missing = missing;
    }

    public ColumnData(string?[] texts) => Texts = texts;

    public double[]? Numbers { get; }

    /// <summary>The missing mask of a numeric column; null when no value is missing.</summary>
    public bool[]? Missing { get; }

    public string?[]? Texts { get; }

    public bool IsNumeric => Numbers is not null;

    public bool IsMissing(int row) => Numbers is not null ? Missing is { } m && m[row] : Texts![row] is null;

    /// <summary>The value as text (numbers round-trip formatted), or null when missing.</summary>
    public string? TextAt(int row) => Numbers is not null
        ? (IsMissing(row) ? null : NumberText.Format(Numbers[row]))
        : Texts![row];
}
