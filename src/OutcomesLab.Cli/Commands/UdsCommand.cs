using System.CommandLine;
using System.Globalization;
using System.Text;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab uds</c>: weekly urine-drug-screen use-pattern words and their outcomes by group.</summary>
internal static class UdsCommand
{
    private static readonly string MissingIsMandatory = UdsTables.MissingIsMandatory("--missing");

    public static Command Create(CommandFactoryContext context)
    {
        var inputs = new UdsWordInputs();
        var missing = SettingOptions.Names(UdsKeys.Missing);
        var relapseWeeks = SettingOptions.Create(UdsKeys.RelapseWeeks);
        var relapseFrom = SettingOptions.Create(UdsKeys.RelapseFrom);
        var finalWeeks = SettingOptions.Create(UdsKeys.FinalWeeks);
        var dropoutWeeks = SettingOptions.Create(UdsKeys.DropoutWeeks);
        var wordsOut = new Option<FileInfo?>("--words-out") { Description = "Also write the per-patient use-pattern words and outcomes to this CSV.", HelpName = "FILE" };
        var command = new Command("uds", "Urine drug screens: weekly use-pattern words (+ positive, - negative, o missing, * mixed) and % negative, first positive, longest abstinence, relapse, responders and dropout by group.")
        {
            missing, relapseWeeks, relapseFrom, finalWeeks, dropoutWeeks, wordsOut,
        };
        foreach (var option in inputs.WordOptions.Reverse())
        {
            command.Options.Insert(0, option);
        }

        inputs.Index.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var rule = UdsTables.ParseMissingRule(run.Parse.GetValue(missing), "--missing") ?? throw new UsageException(MissingIsMandatory);
                var (words, _) = inputs.Build(run);
                var summary = UdsSummary.Compute(words, new UdsOutcomeOptions
                {
                    MissingRule = rule,
                    RelapseWeeks = run.Parse.GetValue(relapseWeeks),
                    RelapseFromWeek = run.Parse.GetValue(relapseFrom),
                    FinalWeeks = run.Parse.GetValue(finalWeeks),
                    DropoutWeeks = run.Parse.GetValue(dropoutWeeks),
                });
                run.CheckOutputTarget(run.Parse.GetValue(wordsOut)?.FullName);
                if (run.Parse.GetValue(wordsOut) is { } file)
                {
                    run.WriteOutputFile(file.FullName, s => s.Write(Encoding.UTF8.GetBytes(WordsCsv(summary))));
                }

                var missingText = run.Parse.GetValue(missing)!;
                run.Emit(run.Format == OutputFormat.Json ? UdsSummaryJson.Write(summary, words.Options, missingText) : TableRenderer.Render([UdsTables.Outcomes(summary, words.Options, missingText)], run.Format));
                return ExitCodes.Ok;
            },
            "outcomeslab uds --uds data/ctn0027/uds.csv --visits data/ctn0027/visit.csv --visit-filter what=visit --id who --day when --substance Opioid --index data/ctn0027/randomization.csv --index-day when --index-filter which=1 --group treatment --weeks 1-24 --missing positive",
            "outcomeslab uds --uds data/ctn0027/uds.csv --visits data/ctn0027/visit.csv --visit-filter what=visit --id who --day when --substance Opioid --index data/ctn0027/randomization.csv --index-day when --index-filter which=1 --group treatment --missing missing --words-out words.csv --format json");
        return command;
    }

    // The word is OutcomesLab's own code over the alphabet + - o * (one character per week), never
    // input text, so it cannot carry a formula; it is written as is, because a leading quote would
    // change the word for every program that reads it (R's CTNote, our own uds tools).
    private static string WordsCsv(UdsSummaryResult s)
    {
        var sb = new StringBuilder("patient,group,word,negative_weeks,counted_weeks,first_positive_week,first_positive,longest_negative_run,relapse_week,relapse,abstinent_final,dropout_week,dropout\n");
        for (var i = 0; i < s.Patients.Length; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{CsvCell.Format(s.Patients[i])},{CsvCell.Format(s.Groups[i])},{CsvCell.Quote(s.Words[i])},{s.NegativeWeeks[i]},{s.CountedWeeks[i]},{s.FirstPositive[i].Week},{B(s.FirstPositive[i].Event)},{s.LongestNegativeRun[i]},{s.Relapse[i].Week},{B(s.Relapse[i].Event)},{B(s.AbstinentFinal[i])},{s.Dropout[i].Week},{B(s.Dropout[i].Event)}\n");
        }

        return sb.ToString();
    }

    private static string B(bool b) => b ? "1" : "0";
}
