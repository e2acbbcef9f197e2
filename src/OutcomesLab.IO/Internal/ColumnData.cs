namespace OutcomesLab.IO.Internal;

/// <summary>The typed values of one column: numbers with a missing mask, or text with null for missing.</summary>
internal sealed class ColumnData
{
    public ColumnData(double[] numbers, bool[] missing)
    {
        Numbers = numbers;
        Missing = missing;
    }

    public ColumnData(string?[] texts) => Texts = texts;

    public double[]? Numbers { get; }

    public bool[]? Missing { get; }

    public string?[]? Texts { get; }

    public bool IsNumeric => Numbers is not null;

    public bool IsMissing(int row) => Numbers is not null ? Missing![row] : Texts![row] is null;

    /// <summary>The value as text (numbers round-trip formatted), or null when missing.</summary>
    public string? TextAt(int row) => Numbers is not null
        ? (Missing![row] ? null : NumberText.Format(Numbers[row]))
        : Texts![row];
}
