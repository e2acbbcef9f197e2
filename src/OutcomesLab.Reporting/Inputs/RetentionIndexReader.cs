using OutcomesLab.IO;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>Reads the index table of the retention and urine-screen analyses (CLI --index and the plan's index keys).</summary>
internal static class RetentionIndexReader
{
    /// <summary>
    /// Reads an index table (shared with the report's retention and uds analyses): keeps the rows of the
    /// filter, one row per patient (a patient listed twice is an input error naming both lines); rows
    /// without a patient, index day or group are left out with a warning.
    /// </summary>
    public static RetentionIndex Read(RecordTable table, IndexColumns columns, Action<string> warn)
    {
        var keep = table.Filter(columns.Filter, columns.FilterName);
        var idName = columns.Id;
        var ids = table.Texts(idName, columns.IdName);
        var dayColumn = table.Column(columns.Day, columns.DayName);
        var dates = columns.RecordDates == true;
        CheckDayKind(table, keep, columns.Day, columns.DayName, dates, columns);
        var groups = columns.Group is null ? null : table.Texts(columns.Group, columns.GroupName);
        if (columns.Censor is not null)
        {
            CheckDayKind(table, keep, columns.Censor, columns.CensorName, dates, columns);
        }

        var censor = columns.Censor is null ? null : dates ? DateNumbers(table, columns.Censor, columns.CensorName) : table.Numbers(columns.Censor, columns.CensorName);
        var keptIds = new List<string>();
        var keptDays = new List<int>();
        var keptGroups = new List<string>();
        var keptCensor = new List<int?>();
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var skipped = 0;
        for (var i = 0; i < table.RowCount; i++)
        {
            if (!keep[i])
            {
                continue;
            }

            var day = dayColumn[i] switch
            {
                double d => d,
                DateTime date when dates => RecordTable.DayNumber(date),
                _ => double.NaN,
            };
            if (ids[i] is null || double.IsNaN(day) || groups?[i] is null && groups is not null)
            {
                skipped++;
                continue;
            }

            if (!lineOf.TryAdd(ids[i]!, table.Line(i)))
            {
                throw new InputException(new InputProblem(
                    table.File,
                    table.Line(i),
                    idName,
                    $"one index row per patient (patient \"{ids[i]}\" is also on line {lineOf[ids[i]!]})",
                    ids[i],
                    $"Add {columns.FilterName} to keep one row per patient, e.g. {columns.FilterName} which=1."));
            }

            keptIds.Add(ids[i]!);
            keptDays.Add((int)day);
            keptGroups.Add(groups?[i] ?? "all");
            keptCensor.Add(censor is null || double.IsNaN(censor[i]) ? null : (int)censor[i]);
        }

        if (skipped > 0)
        {
            warn($"{skipped} index row(s) without a patient, index day or group were left out.");
        }

        if (keptIds.Count == 0)
        {
            throw new InputException(new InputProblem(table.File, null, null, "at least one index row", null, $"Check {columns.FilterName} and the index columns."));
        }

        return RetentionIndex.Create(keptIds, keptDays, keptGroups, keptCensor);
    }

    /// <summary>Fill dates need an index date (and censoring date), study days an index study day: mixing the two would subtract a day count from a calendar date.</summary>
    private static void CheckDayKind(RecordTable table, bool[] keep, string name, string flag, bool dates, IndexColumns columns)
    {
        if (columns.RecordDates is null || table.IsDate(name, flag) == dates)
        {
            return;
        }

        var column = table.Column(name, flag);
        var first = Enumerable.Range(0, table.RowCount).FirstOrDefault(i => keep[i] && column[i] is not null, -1);
        var found = first < 0 ? null : table.Texts(name, flag)[first];
        throw new InputException(new InputProblem(
            table.File,
            first < 0 ? null : table.Line(first),
            name,
            dates
                ? $"an index date ({columns.RecordDayName} names dates, so {flag} must name a date column too)"
                : $"a whole-number index study day ({columns.RecordDayName} names study days, so {flag} must too)",
            found,
            dates
                ? $"Name a date column of this file with {flag} (the index date, e.g. the date of the first fill or of randomisation), or give the records as study days."
                : $"Name a column of study days with {flag}, or give the records as fill dates (a date column for {columns.RecordDayName})."));
    }

    /// <summary>A date column as days since 1970-01-01, NaN where missing.</summary>
    private static double[] DateNumbers(RecordTable table, string name, string flag)
    {
        var column = table.Column(name, flag);
        var values = new double[table.RowCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = column[i] is DateTime date ? RecordTable.DayNumber(date) : double.NaN;
        }

        return values;
    }
}
