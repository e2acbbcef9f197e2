using System.CommandLine;
using System.Globalization;
using OutcomesLab.IO;

namespace OutcomesLab.Cli;

/// <summary>The two-arm options of the effect-size commands: --group, --treatment, --control.</summary>
internal sealed class ArmOptions
{
    public Option<string> Group { get; } = new("--group", "-g") { Description = "Column with the arms (comparison groups).", Required = true, HelpName = "COLUMN" };

    public Option<string> Treatment { get; } = new("--treatment") { Description = "The arm level treated as 'treatment': differences are treatment minus control, ratios treatment over control.", Required = true, HelpName = "LEVEL" };

    public Option<string> Control { get; } = new("--control") { Description = "The reference (control) arm level.", Required = true, HelpName = "LEVEL" };

    public void AddTo(Command command)
    {
        command.Options.Add(Group);
        command.Options.Add(Treatment);
        command.Options.Add(Control);
    }

    /// <summary>
    /// Reads the arm column and checks both levels exist. Returns per row 1 = treatment, 2 = control,
    /// 0 = another arm, -1 = missing arm.
    /// </summary>
    public Arms Read(CommandRun run, CohortTable table) =>
        Read(table, run.Parse.GetValue(Group)!, run.Parse.GetValue(Treatment)!, run.Parse.GetValue(Control)!, flag => flag);

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

    /// <summary>Formats "N rows dropped because ... (lines a, b, c and N more)" for a warning.</summary>
    public static string DroppedMessage(IReadOnlyList<int> lines, string why)
    {
        var listed = string.Join(", ", lines.Take(20).Select(l => l.ToString(CultureInfo.InvariantCulture)));
        if (lines.Count > 20)
        {
            listed += string.Create(CultureInfo.InvariantCulture, $" and {lines.Count - 20} more");
        }

        var rows = lines.Count == 1 ? "1 row" : string.Create(CultureInfo.InvariantCulture, $"{lines.Count} rows");
        return $"{rows} dropped because {why} (line{(lines.Count == 1 ? "" : "s")} {listed}).";
    }
}
