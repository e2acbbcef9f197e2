using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>Reads a two-arm comparison's arm column (the CLI's --group/--treatment/--control and the plan's two-arm keys).</summary>
internal static class ArmColumn
{
    /// <summary>
    /// Reads the arm column of <paramref name="table"/> (shared with the report's two-arm analyses);
    /// <paramref name="name"/> maps an option of this class (<c>--treatment</c>) to what the user wrote.
    /// Returns per row 1 = treatment, 2 = control, 0 = another arm, -1 = missing arm.
    /// </summary>
    public static Arms Read(CohortTable table, string column, string treatmentLevel, string controlLevel, Func<string, string> name)
    {
        var treatment = treatmentLevel.Trim();
        var control = controlLevel.Trim();
        if (string.Equals(treatment, control, StringComparison.Ordinal))
        {
            throw new UsageException($"{name("--treatment")} and {name("--control")} are both \"{treatment}\": give two different levels of column \"{column}\".");
        }

        var labels = ColumnValues.Texts(table, column, "group");
        var levels = labels.Where(l => l is not null).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var (option, level) in new[] { (name("--treatment"), treatment), (name("--control"), control) })
        {
            if (!levels.Contains(level, StringComparer.Ordinal))
            {
                var near = levels.FirstOrDefault(l => string.Equals(l, level, StringComparison.OrdinalIgnoreCase));
                var hint = near is null ? "" : $"Did you mean \"{near}\"? (levels are case-sensitive) ";
                throw new InputException(new InputProblem(
                    table.SourceFile, null, column, $"a level named by {option}", level,
                    $"{hint}The levels of \"{column}\" are: {string.Join(", ", levels.Select(l => $"\"{l}\""))}."));
            }
        }

        var code = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            code[i] = labels[i] is null ? -1 : string.Equals(labels[i], treatment, StringComparison.Ordinal) ? 1 : string.Equals(labels[i], control, StringComparison.Ordinal) ? 2 : 0;
        }

        return new Arms(column, treatment, control, code, labels);
    }
}
