using System.CommandLine;
using OutcomesLab.IO;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab describe</c>: the first look at a cohort file.</summary>
internal static class DescribeCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var command = new Command("describe", "Summarise a cohort CSV: rows, columns, detected type, missing count, levels of categorical columns, min/max/mean of numeric ones.");
        csv.AddTo(command);
        context.Bind(
            command,
            run => Run(run, csv),
            "outcomeslab describe --input data/addicts/addicts.csv",
            "outcomeslab describe --input data/examples/cohort_decimal_comma.csv --delimiter ';' --decimal-comma --format markdown");
        return command;
    }

    private static int Run(CommandRun run, CsvInputOptions csv)
    {
        var table = csv.ReadTable(run);
        var description = TableDescriber.Describe(table);
        foreach (var note in description.ColumnDetails.Select(c => c.Note).OfType<string>())
        {
            run.Warn(note);
        }

        run.Emit(run.Format == OutputFormat.Json ? TableDescriptionJson.Write(description) : TableRenderer.Render([Table(description, table.Format == TableFileFormat.Parquet ? "Parquet" : $"delimiter {DelimiterName(table.Delimiter)}")], run.Format));
        return ExitCodes.Ok;
    }

    private static string DelimiterName(char delimiter) => delimiter switch { '\t' => "tab", _ => $"'{delimiter}'" };

    private static TextTable Table(TableDescription d, string source)
    {
        var rows = d.ColumnDetails.Select(c => (IReadOnlyList<string>)
        [
            c.Name,
            TableDescriptionJson.KindName(c.Kind),
            c.Missing.ToString(System.Globalization.CultureInfo.InvariantCulture),
            c.EarliestDate ?? (c.Min is null ? "" : NumberText.Short(c.Min)),
            c.LatestDate ?? (c.Max is null ? "" : NumberText.Short(c.Max)),
            c.Mean is null ? "" : NumberText.Short(c.Mean),
            Levels(c),
        ]).ToList();
        return new TextTable($"{Path.GetFileName(d.SourceFile)}: {d.Rows} rows, {d.Columns} columns ({source})", ["column", "type", "missing", "min", "max", "mean", "levels"], rows)
        {
            RightAligned = new HashSet<int> { 2, 3, 4, 5 },
        };
    }

    private static string Levels(ColumnDescription c)
    {
        if (c.Levels.IsDefaultOrEmpty)
        {
            return "";
        }

        var text = string.Join(", ", c.Levels.Select(l => $"{l.Level} ({l.Count})"));
        return c.MoreLevels > 0 ? $"{text}, ... {c.MoreLevels} more" : text;
    }
}
