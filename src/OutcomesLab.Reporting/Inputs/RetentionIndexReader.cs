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
        var groups = columns.Group is null ? null : table.Texts(columns.Group, columns.GroupName);
        var censor = columns.Censor is null ? null : table.Numbers(columns.Censor, columns.CensorName);
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

            if (ids[i] is null || dayColumn[i] is not double day || groups?[i] is null && groups is not null)
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
}
