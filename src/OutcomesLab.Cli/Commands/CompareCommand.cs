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
    private static readonly string[] AdjustMethods = ["holm", "hochberg", "hommel", "bonferroni", "bh", "fdr", "by", "none"];

    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var arms = new ArmOptions();
        var outcomes = new Option<FileInfo>("--outcomes") { Description = "JSON outcome specification (schema below).", Required = true, HelpName = "SPEC.json" };
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
            run => Run(run, csv, arms, run.Parse.GetValue(outcomes)!.FullName, AdjustMethodNames.Parse(run.Parse.GetValue(adjust)!), run.Parse.GetValue(confLevel)),
            "outcomeslab compare --input data/simulated_cohort.csv --group arm --treatment buprenorphine --control methadone --outcomes data/compare_outcomes.json",
            "outcomeslab compare --input data/simulated_cohort.csv --group arm --treatment xr-naltrexone --control methadone --outcomes data/compare_outcomes.json --adjust bh --format json",
            "spec: {\"outcomes\": [{\"name\": \"Retention\", \"domain\": \"retention\", \"type\": \"time-to-event\", \"time\": \"time_days\", \"event\": \"event\", \"direction\": \"lower-is-better\"}]}");
        return command;
    }

    /// <summary>The --adjust option of compare (shared with <c>plot forest-compare</c>).</summary>
    internal static Option<string> AdjustOption()
    {
        var adjust = new Option<string>("--adjust") { Description = "Adjustment of the p-values across outcomes, as R's p.adjust: holm (default), hochberg, hommel, bonferroni, bh (= fdr), by, none.", DefaultValueFactory = _ => "holm", HelpName = "METHOD" };
        adjust.Validators.Add(r =>
        {
            var text = r.Tokens.Count == 0 ? "holm" : r.Tokens[0].Value;
            if (!AdjustMethods.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                r.AddError($"--adjust \"{text}\" is not a method; use one of {string.Join(", ", AdjustMethods)}.");
            }
        });
        return adjust;
    }

    private static int Run(CommandRun run, CsvInputOptions csv, ArmOptions armOptions, string specPath, PAdjustMethod adjust, double level)
    {
        var result = Compute(run, csv, armOptions, specPath, adjust, level);
        run.Emit(run.Format == OutputFormat.Json ? Json(result) : TableRenderer.Render(CompareComputation.Tables(result), run.Format));
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

    private static string Json(DomainComparisonResult r) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("treatment", r.Treatment);
        w.WriteString("control", r.Control);
        w.WriteNumber("conf_level", r.ConfidenceLevel);
        w.WriteString("adjust", CompareComputation.AdjustKey(r.Adjustment));
        w.WriteStartArray("outcomes");
        foreach (var o in r.Outcomes)
        {
            var natural = o.NaturalEffects[0];
            w.WriteStartObject();
            w.WriteString("name", o.Name);
            w.WriteString("domain", OutcomeSpecFile.Kebab(o.Domain.ToString()));
            w.WriteString("type", OutcomeSpecFile.TypeKey(o.Type));
            w.WriteString("direction", OutcomeSpecFile.DirectionKey(o.Direction));
            w.WriteNumber("n_treatment", o.NTreatment);
            w.WriteNumber("n_control", o.NControl);
            w.WriteString("measure", natural.MeasureKey);
            w.Number("estimate", natural.Estimate);
            w.Number("lower", natural.Lower);
            w.Number("upper", natural.Upper);
            w.WriteStartArray("natural_effects");
            foreach (var e in o.NaturalEffects)
            {
                w.WriteStartObject();
                w.WriteString("measure", e.MeasureKey);
                w.Number("estimate", e.Estimate);
                w.Number("lower", e.Lower);
                w.Number("upper", e.Upper);
                w.WriteString("method", e.Method);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.Number("d", o.StandardizedEffect.Estimate);
            w.Number("d_lower", o.StandardizedEffect.Lower);
            w.Number("d_upper", o.StandardizedEffect.Upper);
            w.WriteString("conversion", o.Conversion);
            w.Number("d_oriented", o.FavoursTreatment);
            w.Number("d_oriented_lower", o.FavoursTreatmentLower);
            w.Number("d_oriented_upper", o.FavoursTreatmentUpper);
            w.WriteString("test", o.Test);
            w.Number("p", o.PValue);
            w.Number("p_adjusted", o.AdjustedPValue);
            w.WriteString("favours", CompareComputation.Favours(o));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
