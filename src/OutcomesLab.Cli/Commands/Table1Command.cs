using System.CommandLine;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab table1</c>: baseline characteristics by arm (Table 1) as R tableone, with optional small-cell suppression.</summary>
internal static class Table1Command
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var group = new Option<string>("--group", "-g") { Description = "Column with the arms.", Required = true, HelpName = "COLUMN" };
        var variables = SettingOptions.Text(Table1Keys.Variables, "A,B,...", required: true);
        var categorical = SettingOptions.Text(Table1Keys.Categorical, "X,Y,...");
        var nonNormal = SettingOptions.Text(Table1Keys.NonNormal, "Z,...");
        var exact = SettingOptions.Text(Table1Keys.Exact, "X,...");
        var withinArms = SettingOptions.Text(Table1Keys.WithinArms, "D,...");
        var pValues = SettingOptions.Create(Table1Keys.PValues);
        var suppress = SuppressionOption.Create("Small-cell suppression: show counts 1..K-1 as \"<K\" and hide further cells so that none can be recovered from the totals (CMS uses K = 11).");
        var order = SettingOptions.Names(Table1Keys.AppearanceOrder);
        var ageFrom = SettingOptions.Create(DateKeys.AgeFrom, "DOB");
        var ageAt = SettingOptions.Create(DateKeys.AgeAt, "INDEX");
        var command = new Command("table1", "Table 1: baseline characteristics by arm and overall (n, missing, mean (SD) or median [IQR], n (%) per level), standardised mean differences and optional p-values, as R's tableone.")
        {
            group, variables, categorical, nonNormal, exact, withinArms, pValues, suppress, order, ageFrom, ageAt,
        };
        csv.AddTo(command);
        context.Bind(
            command,
            run => Run(run, csv, run.Parse.GetValue(ageFrom), run.Parse.GetValue(ageAt), new Table1Request(
                run.Parse.GetValue(group)!,
                List(run.Parse.GetValue(variables)),
                List(run.Parse.GetValue(categorical)),
                List(run.Parse.GetValue(nonNormal)),
                List(run.Parse.GetValue(exact)),
                run.Parse.GetValue(pValues),
                SuppressionOption.Read(run, suppress),
                Table1Keys.AppearanceOrder.FromName(run.Parse.GetValue(order)!))
            {
                WithinArms = List(run.Parse.GetValue(withinArms)),
            }),
            "outcomeslab table1 --input data/simulated_cohort.csv --group arm --variables age,sex,dose_mg,site,eq_vas --nonnormal dose_mg --within-arms dose_mg",
            "outcomeslab table1 --input data/addicts/addicts.csv --group clinic --variables prison,mdose --categorical prison --p-values --suppress-below 11 --format markdown",
            "outcomeslab table1 --input data/simulated_cohort.csv --group arm --variables age,sex,site --format latex --output table1.tex",
            "outcomeslab table1 --input data/examples/dated_cohort.csv --group arm --variables sex,age --age-from birth_date --age-at start_date");
        return command;
    }

    private static List<string> List(string? text) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static int Run(CommandRun run, CsvInputOptions csv, string? ageFrom, string? ageAt, Table1Request request)
    {
        if ((ageFrom is null) != (ageAt is null))
        {
            throw new UsageException(ageFrom is null ? "--age-at needs --age-from DOB: the age is computed from the date of birth." : "--age-from needs --age-at INDEX: the date at which the age is taken (e.g. the randomisation date).");
        }

        if (request.Variables.Count == 0)
        {
            throw new UsageException("--variables is empty; list the columns to summarise, e.g. --variables age,sex.");
        }

        foreach (var (flag, names) in new[] { ("--categorical", request.Categorical), ("--nonnormal", request.NonNormal), ("--exact", request.Exact), ("--within-arms", [.. request.WithinArms]) })
        {
            var stray = names.Where(n => !request.Variables.Contains(n, StringComparer.Ordinal)).ToList();
            if (stray.Count > 0)
            {
                throw new UsageException($"{flag} names {string.Join(", ", stray)}, which {(stray.Count == 1 ? "is" : "are")} not in --variables ({string.Join(",", request.Variables)}). Add {(stray.Count == 1 ? "it" : "them")} to --variables.");
            }
        }

        var duplicate = request.Variables.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new UsageException($"--variables lists \"{duplicate.Key}\" twice; list every column once.");
        }

        if (request.Variables.Contains(request.Group, StringComparer.Ordinal))
        {
            throw new UsageException($"--variables contains the group column \"{request.Group}\"; remove it (the arms are the columns of Table 1).");
        }

        var table = csv.ReadTable(run);
        if (ageFrom is not null)
        {
            (table, request, var name) = Table1Age.Add(table, request, ageFrom, ageAt!);
            run.Derive(new DerivedColumn(name, ageFrom, ageAt!, "completed years", null, Table1Age.Statement(name, ageFrom, ageAt!)));
        }

        var view = Table1Builder.Build(table, request, run.Warn);
        run.Emit(run.Format == OutputFormat.Json ? Table1Builder.Json(request, view) : TableRenderer.Render([Table1Builder.Text(request, view)], run.Format));
        return ExitCodes.Ok;
    }

}
