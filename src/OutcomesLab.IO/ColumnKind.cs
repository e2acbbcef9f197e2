namespace OutcomesLab.IO;

/// <summary>The type inferred for a CSV column from all of its non-missing values.</summary>
public enum ColumnKind
{
    /// <summary>Every non-missing value is a number (invariant culture, or decimal comma when asked); stored as double.</summary>
    Number,

    /// <summary>A <see cref="Number"/> column whose every value is a whole number; still stored as double.</summary>
    Integer,

    /// <summary>Every non-missing value is one of R's logical spellings (TRUE/FALSE, T/F, True/False, true/false); stored as text.</summary>
    Boolean,

    /// <summary>Anything else; stored as text.</summary>
    Text,
}
