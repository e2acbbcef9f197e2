using System.CommandLine;
using System.Globalization;
using OutcomesLab.Cli.Rendering;
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
            run => Run(run, csv, arms, run.Parse.GetValue(outcomes)!.FullName, ParseAdjust(run.Parse.GetValue(adjust)!), run.Parse.GetValue(confLevel)),
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

    internal static PAdjustMethod ParseAdjust(string text) => text.ToLowerInvariant() switch
    {
        "hochberg" => PAdjustMethod.Hochberg,
        "hommel" => PAdjustMethod.Hommel,
        "bonferroni" => PAdjustMethod.Bonferroni,
        "bh" or "fdr" => PAdjustMethod.BenjaminiHochberg,
        "by" => PAdjustMethod.BenjaminiYekutieli,
        "none" => PAdjustMethod.None,
        _ => PAdjustMethod.Holm,
    };

    private static string AdjustKey(PAdjustMethod m) => m switch
    {
        PAdjustMethod.Hochberg => "hochberg",
        PAdjustMethod.Hommel => "hommel",
        PAdjustMethod.Bonferroni => "bonferroni",
        PAdjustMethod.BenjaminiHochberg => "BH",
        PAdjustMethod.BenjaminiYekutieli => "BY",
        PAdjustMethod.None => "none",
        _ => "holm",
    };

    private static int Run(CommandRun run, CsvInputOptions csv, ArmOptions armOptions, string specPath, PAdjustMethod adjust, double level)
    {
        var result = Compute(run, csv, armOptions, specPath, adjust, level);
        run.Emit(run.Format == OutputFormat.Json ? Json(result) : TableRenderer.Render(Tables(result), run.Format));
        return ExitCodes.Ok;
    }

    /// <summary>Reads the specification and the cohort and compares the arms, warning about dropped values and outcome caveats.</summary>
    internal static DomainComparisonResult Compute(CommandRun run, CsvInputOptions csv, ArmOptions armOptions, string specPath, PAdjustMethod adjust, double level)
    {
        run.RegisterInput(specPath);
        var display = Path.GetRelativePath(Environment.CurrentDirectory, specPath);
        var specs = OutcomeSpecFile.Read(File.Exists(specPath) ? specPath : display);
        var table = csv.ReadTable(run);
        var arms = armOptions.Read(run, table);
        var rows = Enumerable.Range(0, table.RowCount).Where(i => arms.Code[i] > 0).ToArray();
        var missingArm = Enumerable.Range(0, table.RowCount).Where(i => arms.Code[i] < 0).Select(i => table.SourceLines[i]).ToList();
        if (missingArm.Count > 0)
        {
            run.Warn(ArmOptions.DroppedMessage(missingArm, $"the arm \"{arms.Column}\" is missing"));
        }

        var labels = rows.Select(i => arms.Labels[i]!).ToList();
        var outcomeSpecs = new List<OutcomeSpecification>();
        foreach (var s in specs)
        {
            var (values, events) = Values(table, s);
            var v = rows.Select(i => values[i]).ToArray();
            var e = events is null ? null : rows.Select(i => events[i] == 1).ToArray();
            if (events is not null)
            {
                for (var r = 0; r < rows.Length; r++)
                {
                    if (double.IsNaN(events[rows[r]]))
                    {
                        v[r] = double.NaN;
                    }
                }
            }

            var missing = v.Count(double.IsNaN);
            if (missing > 0)
            {
                run.Warn(string.Create(CultureInfo.InvariantCulture, $"outcome \"{s.Name}\": {missing} of {v.Length} subjects in the two arms have a missing value and are left out of this outcome."));
            }

            foreach (var code in new[] { 1, 2 })
            {
                var n = rows.Where((i, r) => arms.Code[i] == code && !double.IsNaN(v[r])).Count();
                var need = s.Type == OutcomeType.Continuous ? 2 : 1;
                if (n < need)
                {
                    var arm = code == 1 ? arms.Treatment : arms.Control;
                    throw new InputException(new InputProblem(table.SourceFile, null, s.Column ?? s.Time, $"at least {need} non-missing value{(need == 1 ? "" : "s")} of outcome \"{s.Name}\" in arm \"{arm}\"", n.ToString(CultureInfo.InvariantCulture), "Check the column named in the specification and the arm levels."));
                }
            }

            outcomeSpecs.Add(new OutcomeSpecification(s.Name, s.Domain, s.Type, s.Direction, v, e, s.RmstTau));
        }

        var result = DomainComparison.Compare(labels, arms.Treatment, arms.Control, outcomeSpecs, new DomainComparisonOptions { ConfidenceLevel = level, Adjustment = adjust });
        foreach (var o in result.Outcomes)
        {
            foreach (var d in o.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
            {
                run.Warn($"outcome \"{o.Name}\": {d.Message}");
            }
        }

        return result;
    }

    private static (double[] Values, double[]? Events) Values(CohortTable table, OutcomeSpec s)
    {
        switch (s.Type)
        {
            case OutcomeType.Continuous:
                return (ColumnValues.Numbers(table, s.Column!, $"outcome \"{s.Name}\""), null);
            case OutcomeType.Binary when s.EventWhenOperator is not null:
                var x = ColumnValues.Numbers(table, s.Column!, $"outcome \"{s.Name}\"");
                return (x.Select(v => double.IsNaN(v) ? double.NaN : Satisfies(v, s.EventWhenOperator, s.EventWhenThreshold) ? 1.0 : 0.0).ToArray(), null);
            case OutcomeType.Binary:
                return (ColumnValues.Binary(table, s.Column!, $"outcome \"{s.Name}\"", s.EventValue, "\"event-value\" in the specification"), null);
            default:
                var time = ColumnValues.Numbers(table, s.Time!, $"time of \"{s.Name}\"");
                for (var i = 0; i < time.Length; i++)
                {
                    if (time[i] < 0)
                    {
                        throw new InputException(new InputProblem(table.SourceFile, table.SourceLines[i], s.Time, "a non-negative follow-up time", NumberText.RoundTrip(time[i]), "Times must not be negative: correct the value or list its code with --na."));
                    }
                }

                return (time, ColumnValues.Binary(table, s.Event!, $"event of \"{s.Name}\"", s.EventValue, "\"event-value\" in the specification"));
        }
    }

    private static bool Satisfies(double v, string op, double t) => op switch
    {
        ">=" => v >= t,
        ">" => v > t,
        "<=" => v <= t,
        "<" => v < t,
        "==" => v == t,
        _ => v != t,
    };

    /// <summary>"treatment" when the CI of the oriented d lies above 0, "control" when below, else "neither".</summary>
    private static string Favours(OutcomeComparison o) =>
        o.FavoursTreatmentLower > 0 ? "treatment" : o.FavoursTreatmentUpper < 0 ? "control" : "neither";

    private static string Json(DomainComparisonResult r) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("treatment", r.Treatment);
        w.WriteString("control", r.Control);
        w.WriteNumber("conf_level", r.ConfidenceLevel);
        w.WriteString("adjust", AdjustKey(r.Adjustment));
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
            w.WriteString("favours", Favours(o));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Ci(EffectSizeResult e) => $"{NumberText.Short(e.Estimate, 3)} ({NumberText.Short(e.Lower, 3)} to {NumberText.Short(e.Upper, 3)})";

    private static string Short(string key) => key switch
    {
        "mean-difference" => "MD",
        "risk-difference" => "RD",
        "risk-ratio" => "RR",
        "odds-ratio" => "OR",
        "hazard-ratio" => "HR",
        "rmst-difference" => "RMST diff",
        "hedges-g" => "g",
        _ => key,
    };

    private static List<TextTable> Tables(DomainComparisonResult r)
    {
        var pct = (r.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        var main = r.Outcomes.Select(o => (IReadOnlyList<string>)
        [
            o.Name,
            OutcomeSpecFile.Kebab(o.Domain.ToString()),
            string.Create(CultureInfo.InvariantCulture, $"{o.NTreatment}/{o.NControl}"),
            $"{Short(o.NaturalEffects[0].MeasureKey)} {Ci(o.NaturalEffects[0])}",
            $"{NumberText.Short(o.FavoursTreatment, 3)} ({NumberText.Short(o.FavoursTreatmentLower, 3)} to {NumberText.Short(o.FavoursTreatmentUpper, 3)})",
            KmCommand.PValueText(o.PValue),
            KmCommand.PValueText(o.AdjustedPValue),
            Favours(o),
        ]).ToList();
        var title = $"{r.Treatment} vs {r.Control}: {pct}% CIs; d oriented so that > 0 favours {r.Treatment}; p adjusted by {AdjustKey(r.Adjustment)}";
        var details = r.Outcomes.Select(o => (IReadOnlyList<string>)
        [
            o.Name,
            string.Join("; ", o.NaturalEffects.Skip(1).Select(e => $"{Short(e.MeasureKey)} {Ci(e)}")),
            o.Conversion,
            o.Test,
        ]).ToList();
        return
        [
            new TextTable(title, ["outcome", "domain", "n (T/C)", "natural effect", "d (favours T)", "p", "p adj", "favours"], main) { RightAligned = new HashSet<int> { 2, 5, 6 } },
            new TextTable("Other natural effects, conversion to d and test", ["outcome", "other effects", "conversion", "test"], details),
        ];
    }
}
