using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>Builds the urine-screen words (one per index patient) from the uds and visits tables, for the uds command and the plan's uds analysis.</summary>
internal static class UdsWordBuilder
{
    /// <summary>
    /// Builds one word per index patient from tables already read (shared with the report's uds
    /// analysis); <paramref name="name"/> maps an option of this command (<c>--id</c>) to what the
    /// user wrote (a plan key) for error messages.
    /// </summary>
    public static UdsWords Build(RetentionIndex cohort, RecordTable udsTable, RecordTable visitTable, UdsWordColumns columns, Func<string, string> name)
    {
        var keep = visitTable.Filter(columns.VisitFilter, name("--visit-filter"));
        var visitIds = visitTable.Ids(columns.Id, name(SharedKeys.Id.Option), keep);
        var visitDays = visitTable.Days(columns.Day, name("--day"), keep);
        var sampleRows = Enumerable.Range(0, visitTable.RowCount).Where(i => keep[i]).ToArray();
        return UdsUsePattern.Build(
            cohort,
            [.. sampleRows.Select(i => visitIds[i])],
            [.. sampleRows.Select(i => visitDays[i])],
            udsTable.Ids(columns.Id, name(SharedKeys.Id.Option)),
            udsTable.Days(columns.Day, name("--day")),
            [.. udsTable.Texts(columns.SubstanceColumn, name("--substance-column")).Select(s => s ?? "")],
            new UdsWordOptions
            {
                Substances = [.. columns.Substances],
                FirstWeek = columns.FirstWeek,
                LastWeek = columns.LastWeek,
            });
    }
}
