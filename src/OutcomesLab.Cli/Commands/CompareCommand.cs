using System.CommandLine;
using OutcomesLab.EffectSizes;
using OutcomesLab.Inference;
using OutcomesLab.IO;

namespace OutcomesLab.Cli.Commands;

/// <summary>
/// <c>outcomeslab compare</c>: two arms compared on many patient-important outcomes at once
/// (<see cref="DomainComparison"/>), from a JSON outcome specification (<see cref="OutcomeSpecFile"/>).
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var arms = new ArmOptions();
        var outcomes = OutcomesOption();
        var adjust = AdjustOption();
        var confLevel = OptionParsers.ConfidenceLevel();
        var command = new Command(
            "compare",
            "Compare two arms on several outcome domains at once (retention, drug use, quality of life, mental health, social ...): per outcome the natural effect (mean difference; RD/RR/OR; Peto HR and RMST difference) with CI, a common standardised d with the conversion named, p and p adjusted across outcomes, oriented so that 'favours' always means benefit.\n\n"
            + OutcomeSpecFile.SchemaHelp + "\nDomains: " + string.Join(", ", OutcomeSpecFile.DomainKeys) + ".")
        {
            outcomes, adjust, confLevel,
        };
        csv.AddTo(command);
        arms.AddTo(command);
        context.Bind(
            command,
            run => Run(run, csv, arms, run.Parse.GetValue(outcomes)!.FullName, CompareKeys.Adjust.FromName(run.Parse.GetValue(adjust)!), run.Parse.GetValue(confLevel)),
            "outcomeslab compare --input data/simulated_cohort.csv --group arm --treatment buprenorphine --control methadone --outcomes data/compare_outcomes.json",
            "outcomeslab compare --input data/simulated_cohort.csv --group arm --treatment xr-naltrexone --control methadone --outcomes data/compare_outcomes.json --adjust bh --format json",
            "spec: {\"outcomes\": [{\"name\": \"Retention\", \"domain\": \"retention\", \"type\": \"time-to-event\", \"time\": \"time_days\", \"event\": \"event\", \"direction\": \"lower-is-better\"}]}");
        return command;
    }

    /// <summary>The --adjust option of compare (shared with <c>plot forest-compare</c>).</summary>
    /// <summary>The --outcomes-file option of compare (shared with <c>plot forest-compare</c>).</summary>
    internal static Option<FileInfo> OutcomesOption() => new(CompareKeys.OutcomesFile.Option, [.. CompareKeys.OutcomesFile.OptionAliases]) { Description = "JSON outcome specification file (schema below).", Required = true, HelpName = "SPEC.json" };

    internal static Option<string> AdjustOption() => SettingOptions.Names(CompareKeys.Adjust);

    private static int Run(CommandRun run, CsvInputOptions csv, ArmOptions armOptions, string specPath, PAdjustMethod adjust, double level)
    {
        var result = Compute(run, csv, armOptions, specPath, adjust, level);
        run.Emit(run.Format == OutputFormat.Json ? DomainComparisonJson.Write(result) : TableRenderer.Render(CompareComputation.Tables(result), run.Format));
        return ExitCodes.Ok;
    }

    /// <summary>Reads the specification and the cohort and compares the arms, warning about dropped values and outcome caveats.</summary>
    internal static DomainComparisonResult Compute(CommandRun run, CsvInputOptions csv, ArmOptions armOptions, string specPath, PAdjustMethod adjust, double level)
    {
        run.RegisterInput(specPath);
        var display = Path.GetRelativePath(Environment.CurrentDirectory, specPath);
        var specs = OutcomeSpecFile.Read(File.Exists(specPath) ? specPath : display);
        var table = csv.ReadTable(run);
        foreach (var s in specs.Where(s => s.TimeFrom is not null))
        {
            run.Derive(new DerivedColumn($"time of \"{s.Name}\"", s.TimeFrom!, s.TimeTo!, FollowUpUnits.Name(s.TimeUnit), FollowUpUnits.DaysPer(s.TimeUnit), $"time of \"{s.Name}\": {FollowUpUnits.Statement(s.TimeFrom!, s.TimeTo!, s.TimeUnit)}"));
        }

        var arms = armOptions.Read(run, table);
        return CompareComputation.Compare(table, arms, specs, adjust, level, run.Warn);
    }
}
