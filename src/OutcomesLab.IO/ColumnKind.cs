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

    /// <summary>
    /// Every non-missing value is an ISO 8601 calendar date (<c>2021-03-15</c>), or matches
    /// <see cref="CsvReadOptions.DateFormat"/> without a time of day; stored as days since 1970-01-01
    /// (R's <c>Date</c> origin, <c>as.numeric(as.Date("2021-03-15"))</c> = 18701), text given back as <c>yyyy-MM-dd</c>.
    /// </summary>
    Date,

    /// <summary>
    /// A <see cref="Date"/> column where at least one value carries a time of day (<c>2021-03-15T08:30</c>,
    /// <c>2021-03-15 08:30:00</c>, optional seconds and fraction, no time-zone offset); stored as days
    /// (with the fraction of the day) since 1970-01-01 00:00, text given back as <c>yyyy-MM-ddTHH:mm:ss</c>.
    /// </summary>
    DateTime,
}
