namespace OutcomesLab.Reporting.Inputs;

/// <summary>
/// Which columns of an index table to read (<see cref="RetentionIndexReader.Read(RecordTable, IndexColumns, Action{string})"/>),
/// each with the option or plan key that named it, so that errors point at what the user wrote.
/// </summary>
/// <param name="Filter">A <c>COLUMN=VALUE</c> filter, or null for every row.</param>
/// <param name="Id">Patient column.</param>
/// <param name="IdName">Option or key naming <paramref name="Id"/>.</param>
/// <param name="Day">Index-day column.</param>
/// <param name="DayName">Option or key naming <paramref name="Day"/>.</param>
/// <param name="Group">Group (arm) column, or null for one group "all".</param>
/// <param name="GroupName">Option or key naming <paramref name="Group"/>.</param>
/// <param name="Censor">Censoring-day column, or null.</param>
/// <param name="CensorName">Option or key naming <paramref name="Censor"/>.</param>
/// <param name="FilterName">Option or key naming <paramref name="Filter"/>.</param>
internal sealed record IndexColumns(string? Filter, string Id, string IdName, string Day, string DayName, string? Group, string GroupName, string? Censor, string CensorName, string FilterName)
{
    /// <summary>
    /// Whether the records' day column holds dates (then the index day and censoring day must be dates
    /// too), holds study days (then they must be numbers), or null where the caller takes study days only.
    /// </summary>
    public bool? RecordDates { get; init; }

    /// <summary>Option or key naming the records' day column (for the mixed-kinds message).</summary>
    public string RecordDayName { get; init; } = "--day";
}
