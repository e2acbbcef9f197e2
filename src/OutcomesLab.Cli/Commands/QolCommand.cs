using System.CommandLine;
using System.Globalization;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab qol</c>: quality-of-life instrument scores appended to the input rows, and the EQ-5D value-set catalogue.</summary>
internal static class QolCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var qol = new Command("qol", "Quality-of-life instruments: EQ-5D-3L/5L index (every shipped value set), WHOQOL-BREF, SF-12 v1, PROMIS Global Health, TOP, or a JSON-defined scale.");
        qol.Subcommands.Add(Score(context));
        qol.Subcommands.Add(ValueSets(context));
        context.Examples[qol] = ["outcomeslab qol score --input data/simulated_cohort.csv --instrument eq5d-5l --value-set England --format csv", "outcomeslab qol value-sets"];
        return qol;
    }

    private static Command Score(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var instrument = new Option<string>("--instrument")
        {
            Description = "eq5d-3l, eq5d-5l, eq5d-5l-crosswalk, whoqol-bref, sf12v1, top, promis-global, or an instrument definition FILE.json.",
            Required = true,
            HelpName = "NAME|FILE.json",
        };
        var valueSet = new Option<string?>("--value-set") { Description = "EQ-5D value set (default UK for 3L and the crosswalk, England for 5L); see 'qol value-sets'.", HelpName = "NAME" };
        var items = new Option<string?>("--items") { Description = "Comma-separated item columns in instrument order (EQ-5D default mo,sc,ua,pd,ad; WHOQOL-BREF q1..q26; SF-12 gh1,pf02,...; PROMIS global01..global10).", HelpName = "C1,C2,..." };
        var missingRule = new Option<string?>("--missing-rule") { Description = "WHOQOL-BREF missing items: spss (WHO SPSS syntax, default) or manual (substitute the domain mean for up to two items).", HelpName = "spss|manual" };
        var command = new Command("score", "Score an instrument for every row and write the input rows with the score columns appended (csv, the default, or json). Item values outside the allowed range stop with the file line and column.");
        csv.AddTo(command);
        command.Options.Add(instrument);
        command.Options.Add(valueSet);
        command.Options.Add(items);
        command.Options.Add(missingRule);
        context.Bind(
            command,
            run => RunScore(run, csv, QolInstrument.Create(run.Parse.GetValue(instrument)!, run.Parse.GetValue(valueSet), run.Parse.GetValue(missingRule)), run.Parse.GetValue(items)),
            "outcomeslab qol score --input data/simulated_cohort.csv --instrument eq5d-5l --value-set England --format csv",
            "outcomeslab qol score --input data/simulated_cohort.csv --instrument eq5d-5l --items mo_w24,sc_w24,ua_w24,pd_w24,ad_w24 --format json",
            "outcomeslab qol score --input data/examples/whoqol_bref.csv --instrument whoqol-bref --missing-rule manual --output scored.csv");
        return command;
    }

    private static Command ValueSets(CommandFactoryContext context)
    {
        var command = new Command("value-sets", "List the EQ-5D value sets shipped with OutcomesLab (eq5d R package tables) with the publication to cite for each.");
        context.Bind(
            command,
            run =>
            {
                var sets = Eq5dValueSets.All;
                if (run.Format == OutputFormat.Json)
                {
                    run.Emit(QolScoresJson.ValueSets(sets));
                }
                else
                {
                    var rows = sets.Select(s => (IReadOnlyList<string>)[QolScoresJson.Instrument(s.Type), s.Name, s.Citation.Doi is { } d ? "doi:" + d : s.Citation.Url ?? "", s.Citation.PubMedId ?? ""]).ToList();
                    run.Emit(TableRenderer.Render([new TextTable($"{sets.Length} EQ-5D value sets (source: eq5d R package, MIT; cite the value set you use)", ["instrument", "value_set", "reference", "pmid"], rows)], run.Format));
                }

                return ExitCodes.Ok;
            },
            "outcomeslab qol value-sets",
            "outcomeslab qol value-sets --format json");
        return command;
    }


    private static int RunScore(CommandRun run, CsvInputOptions csv, QolInstrument instrument, string? itemList)
    {
        if (run.Format is OutputFormat.Markdown or OutputFormat.Latex or OutputFormat.Html)
        {
            throw new UsageException($"qol score writes csv (default) or json; --format {run.Format.ToString().ToLowerInvariant()} is not supported.");
        }

        var table = csv.ReadTable(run);
        var names = itemList is null ? instrument.Items : [.. itemList.Split(',', StringSplitOptions.TrimEntries)];
        if (names.Count != instrument.Items.Count)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--items lists {names.Count} columns but {instrument.Name} has {instrument.Items.Count} items ({string.Join(",", instrument.Items)}), in that order."));
        }

        var scores = QolScoring.Score(table, instrument, names, "--items");
        var scored = scores.Select(s => s.Count(v => v is not null)).ToArray();
        if (scored.All(n => n == 0))
        {
            run.Warn($"no row could be scored: every row has a missing {instrument.Name} item.");
        }

        run.Note($"note: {instrument.Name}; cite: {instrument.Citation}");
        if (run.Format == OutputFormat.Json)
        {
            run.Emit(QolScoresJson.Write(table, instrument, scores));
        }
        else
        {
            var appended = instrument.Outputs.Select((name, k) => new AppendedColumn(name, [.. scores[k].Select(v => v is { } d ? NumberText.RoundTrip(QolScoresJson.Clean(d)) : null)])).ToList();
            run.Emit(TableCsvWriter.ToCsv(table, appended));
        }

        return ExitCodes.Ok;
    }
}
