using System.CommandLine;
using System.Globalization;
using OutcomesLab.EffectSizes;
using OutcomesLab.IO;

namespace OutcomesLab.Cli.Commands;

/// <summary>
/// <c>outcomeslab meta</c>: inverse-variance meta-analysis of study rows, as metafor's
/// <c>escalc</c> + <c>rma</c>: 2x2 counts (OR, RR, RD), means/SDs/ns (SMD) or precomputed yi/vi;
/// FE, DL or REML (default), z or Knapp–Hartung test, with Q, I², H², τ² and the prediction interval.
/// </summary>
internal static class MetaCommand
{
    /// <summary>The options of <c>outcomeslab meta</c>, shared with <c>plot meta</c>.</summary>
    internal sealed class Inputs
    {
        private readonly Option<string?> _measure = new("--measure") { Description = "Effect measure of the 2x2 counts: OR (log odds ratio), RR (log risk ratio) or RD (risk difference); SMD is implied by the mean/SD/n columns, GEN by --yi/--vi.", HelpName = "OR|RR|RD|SMD" };
        private readonly Option<string?> _ai = Column("--ai", "2x2 counts: treatment group with the event (metafor ai).");
        private readonly Option<string?> _bi = Column("--bi", "2x2 counts: treatment group without the event (bi).");
        private readonly Option<string?> _ci = Column("--ci", "2x2 counts: control group with the event (ci).");
        private readonly Option<string?> _di = Column("--di", "2x2 counts: control group without the event (di).");
        private readonly Option<string?> _m1 = Column("--m1i", "SMD: treatment mean.");
        private readonly Option<string?> _sd1 = Column("--sd1i", "SMD: treatment SD.");
        private readonly Option<string?> _n1 = Column("--n1i", "SMD: treatment size.");
        private readonly Option<string?> _m2 = Column("--m2i", "SMD: control mean.");
        private readonly Option<string?> _sd2 = Column("--sd2i", "SMD: control SD.");
        private readonly Option<string?> _n2 = Column("--n2i", "SMD: control size.");
        private readonly Option<string?> _yi = Column("--yi", "Precomputed effect sizes (e.g. log RR).");
        private readonly Option<string?> _vi = Column("--vi", "Sampling variances of --yi.");
        private readonly Option<string?> _study = Column("--study", "Column with study labels (default: the row number).");
        private readonly Option<string> _method = new("--method") { Description = "Model: REML (default, as metafor), DL (DerSimonian-Laird) or FE (fixed effect).", DefaultValueFactory = _ => "REML", HelpName = "FE|DL|REML" };
        private readonly Option<string> _test = new("--test") { Description = "Test and interval of the pooled estimate: z (default) or knha (Knapp-Hartung, t with k-1 df).", DefaultValueFactory = _ => "z", HelpName = "z|knha" };
        private readonly Option<double> _confLevel = OptionParsers.ConfidenceLevel();
        private readonly Option<string> _correction = new("--correction")
        {
            Description = "2x2 counts: add 1/2 to all cells of a study if any cell is 0 (if-zero, default, metafor to=\"only0\"), always, or none.",
            DefaultValueFactory = _ => "if-zero",
            HelpName = "if-zero|always|none",
        };

        public Inputs()
        {
            _measure.AcceptOnlyFromAmong("OR", "RR", "RD", "SMD", "or", "rr", "rd", "smd");
            _method.AcceptOnlyFromAmong("FE", "DL", "REML", "fe", "dl", "reml");
            _test.AcceptOnlyFromAmong("z", "knha");
            _correction.AcceptOnlyFromAmong("if-zero", "always", "none");
        }

        public CsvInputOptions Csv { get; } = new();

        public void AddTo(Command command)
        {
            foreach (var o in new Option[] { _measure, _ai, _bi, _ci, _di, _m1, _sd1, _n1, _m2, _sd2, _n2, _yi, _vi, _study, _method, _test, _confLevel, _correction })
            {
                command.Options.Add(o);
            }

            Csv.AddTo(command);
        }

        public (MetaAnalysisResult Fit, string Measure, bool Ratio, string EscalcMethod, List<Study> Studies) Compute(CommandRun run)
        {
            string? G(Option<string?> o) => run.Parse.GetValue(o);
            var counts = new[] { G(_ai), G(_bi), G(_ci), G(_di) };
            var smd = new[] { G(_m1), G(_sd1), G(_n1), G(_m2), G(_sd2), G(_n2) };
            var gen = new[] { G(_yi), G(_vi) };
            var options = new MetaAnalysisOptions
            {
                Method = run.Parse.GetValue(_method)!.ToUpperInvariant() switch { "FE" => MetaAnalysisMethod.FixedEffect, "DL" => MetaAnalysisMethod.DerSimonianLaird, _ => MetaAnalysisMethod.Reml },
                Test = run.Parse.GetValue(_test) == "knha" ? MetaAnalysisTest.KnappHartung : MetaAnalysisTest.Z,
                ConfidenceLevel = run.Parse.GetValue(_confLevel),
            };
            var cc = run.Parse.GetValue(_correction) switch { "always" => ContinuityCorrection.Always, "none" => ContinuityCorrection.None, _ => ContinuityCorrection.IfAnyZero };
            return MetaCommand.Compute(run, Csv, G(_measure)?.ToUpperInvariant(), counts, smd, gen, G(_study), options, cc);
        }

        private static Option<string?> Column(string name, string description) => new(name) { Description = description, HelpName = "COLUMN" };
    }

    public static Command Create(CommandFactoryContext context)
    {
        var inputs = new Inputs();
        var command = new Command("meta", "Meta-analysis of study rows as metafor escalc + rma: from 2x2 counts (--measure OR|RR|RD --ai --bi --ci --di), means/SDs/ns (--m1i --sd1i --n1i --m2i --sd2i --n2i, Hedges' g) or --yi --vi. Estimates of OR/RR are on the log scale, with exp_* back-transformed values.");
        inputs.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var (fit, key, ratio, escalcMethod, studies) = inputs.Compute(run);
                run.Emit(run.Format == OutputFormat.Json ? MetaAnalysisJson.Write(fit, key, ratio, escalcMethod, [.. studies.Select(s => (s.Label, s.Yi, s.Vi))]) : TableRenderer.Render(Tables(fit, key, ratio, escalcMethod, studies), run.Format));
                return ExitCodes.Ok;
            },
            "outcomeslab meta --input data/examples/dat_bcg.csv --measure RR --ai tpos --bi tneg --ci cpos --di cneg --study author",
            "outcomeslab meta --input data/examples/dat_bcg.csv --measure OR --ai tpos --bi tneg --ci cpos --di cneg --method DL --test knha --format json",
            "outcomeslab meta --input data/examples/eq_vas_by_site.csv --m1i m1 --sd1i sd1 --n1i n1 --m2i m2 --sd2i sd2 --n2i n2 --study site",
            "outcomeslab meta --input data/examples/eq_vas_by_site.csv --yi yi --vi vi --method FE --study site");
        return command;
    }

    /// <summary>Reads the study rows, computes the effect sizes as escalc and pools them as rma, warning about dropped studies.</summary>
    internal static (MetaAnalysisResult Fit, string Measure, bool Ratio, string EscalcMethod, List<Study> Studies) Compute(CommandRun run, CsvInputOptions csv, string? measure, string?[] counts, string?[] smd, string?[] gen, string? studyColumn, MetaAnalysisOptions options, ContinuityCorrection correction)
    {
        var useCounts = counts.Any(c => c is not null);
        var useSmd = smd.Any(c => c is not null);
        var useGen = gen.Any(c => c is not null);
        if ((useCounts ? 1 : 0) + (useSmd ? 1 : 0) + (useGen ? 1 : 0) != 1)
        {
            throw new UsageException("Give exactly one kind of study data: 2x2 counts (--ai --bi --ci --di with --measure OR|RR|RD), means/SDs/ns (--m1i --sd1i --n1i --m2i --sd2i --n2i) or precomputed --yi --vi.");
        }

        RequireAll(useCounts, counts, ["--ai", "--bi", "--ci", "--di"]);
        RequireAll(useSmd, smd, ["--m1i", "--sd1i", "--n1i", "--m2i", "--sd2i", "--n2i"]);
        RequireAll(useGen, gen, ["--yi", "--vi"]);
        if (useCounts && measure is not ("OR" or "RR" or "RD"))
        {
            throw new UsageException($"2x2 counts need --measure OR, RR or RD{(measure is null ? "" : $" (found {measure})")}.");
        }

        if (useSmd && measure is not (null or "SMD"))
        {
            throw new UsageException($"Means/SDs/ns give --measure SMD; {measure} needs 2x2 counts.");
        }

        if (useGen && measure is not null)
        {
            throw new UsageException("--measure does not apply to precomputed --yi/--vi (the values are pooled as given).");
        }

        var table = csv.ReadTable(run);
        var labels = studyColumn is null
            ? Enumerable.Range(1, table.RowCount).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray()
            : ColumnValues.Texts(table, studyColumn, "study").Select((s, i) => s ?? (i + 1).ToString(CultureInfo.InvariantCulture)).ToArray();

        double[] y, v;
        string key;
        string escalcMethod;
        var missing = new List<int>();
        var rows = Enumerable.Range(0, table.RowCount).ToList();
        if (useCounts)
        {
            var cols = counts.Select(c => Counts(table, c!)).ToArray();
            rows = rows.Where(i => cols.All(col => !double.IsNaN(col[i]))).ToList();
            missing.AddRange(Enumerable.Range(0, table.RowCount).Except(rows));
            foreach (var i in rows)
            {
                for (var arm = 0; arm < 2; arm++)
                {
                    if (cols[2 * arm][i] + cols[(2 * arm) + 1][i] == 0)
                    {
                        throw new InputException(new InputProblem(table.SourceFile, table.SourceLines[i], counts[2 * arm], $"at least one subject in the {(arm == 0 ? "treatment" : "control")} arm ({counts[2 * arm]} + {counts[(2 * arm) + 1]} > 0)", "0 and 0", "A study without subjects in an arm has no information on the effect: remove the row, or check the count columns."));
                    }
                }
            }

            var tables = rows.Select(i => new TwoByTwoTable((int)cols[0][i], (int)cols[1][i], (int)cols[2][i], (int)cols[3][i])).ToList();
            var m = measure switch { "OR" => EffectMeasure.OddsRatio, "RR" => EffectMeasure.RiskRatio, _ => EffectMeasure.RiskDifference };
            var es = Escalc.FromTables(m, tables, correction);
            (y, v, key, escalcMethod) = ([.. es.Yi], [.. es.Vi], measure!, es.Method);
        }
        else if (useSmd)
        {
            var cols = smd.Select((c, j) => j is 2 or 5 ? Counts(table, c!) : ColumnValues.Numbers(table, c!, "summary")).ToArray();
            foreach (var j in (int[])[1, 4])
            {
                for (var i = 0; i < table.RowCount; i++)
                {
                    if (cols[j][i] < 0)
                    {
                        throw new InputException(new InputProblem(table.SourceFile, table.SourceLines[i], smd[j], "a non-negative standard deviation", NumberText.RoundTrip(cols[j][i]), "A standard deviation cannot be negative (metafor's escalc stops here too); check the column holds SDs, not differences or CI limits."));
                    }
                }
            }

            rows = rows.Where(i => cols.All(col => !double.IsNaN(col[i]))).ToList();
            missing.AddRange(Enumerable.Range(0, table.RowCount).Except(rows));
            var es = Escalc.StandardizedMeanDifference(
                rows.Select(i => new GroupSummary(cols[0][i], cols[1][i], (int)cols[2][i])).ToList(),
                rows.Select(i => new GroupSummary(cols[3][i], cols[4][i], (int)cols[5][i])).ToList());
            (y, v, key, escalcMethod) = ([.. es.Yi], [.. es.Vi], "SMD", es.Method);
        }
        else
        {
            var yy = ColumnValues.Numbers(table, gen[0]!, "effect size");
            var vv = ColumnValues.Numbers(table, gen[1]!, "sampling variance");
            for (var i = 0; i < table.RowCount; i++)
            {
                if (!double.IsNaN(vv[i]) && vv[i] <= 0)
                {
                    throw new InputException(new InputProblem(table.SourceFile, table.SourceLines[i], gen[1], "a positive sampling variance", NumberText.RoundTrip(vv[i]), "Sampling variances must be > 0; check that the column holds variances (SE squared), not SEs or CIs."));
                }
            }

            rows = rows.Where(i => !double.IsNaN(yy[i]) && !double.IsNaN(vv[i])).ToList();
            missing.AddRange(Enumerable.Range(0, table.RowCount).Except(rows));
            (y, v, key, escalcMethod) = ([.. rows.Select(i => yy[i])], [.. rows.Select(i => vv[i])], "GEN", "precomputed yi, vi");
        }

        if (missing.Count > 0)
        {
            run.Warn(DroppedRows.Message([.. missing.Select(i => table.SourceLines[i])], "a study value is missing (metafor drops NA rows)"));
        }

        // Studies whose effect is undefined (e.g. a zero cell without correction) are dropped as metafor does.
        var keep = Enumerable.Range(0, y.Length).Where(j => double.IsFinite(y[j]) && double.IsFinite(v[j]) && v[j] > 0).ToList();
        if (keep.Count < y.Length)
        {
            var bad = Enumerable.Range(0, y.Length).Except(keep).Select(j => labels[rows[j]]);
            run.Warn($"studies with an undefined effect or variance were dropped (as metafor's NA): {string.Join(", ", bad)}. Use --correction if-zero for zero cells.");
        }

        if (keep.Count < 2)
        {
            throw new InputException(new InputProblem(table.SourceFile, null, null, "at least 2 studies with complete data", keep.Count.ToString(CultureInfo.InvariantCulture), "A meta-analysis pools two or more studies: check the columns and missing values."));
        }

        var studies = keep.Select(j => new Study(labels[rows[j]], y[j], v[j])).ToList();
        var fit = MetaAnalysis.Fit([.. studies.Select(s => s.Yi)], [.. studies.Select(s => s.Vi)], options);
        run.Warn(fit.Diagnostics);

        return (fit, key, key is "OR" or "RR", escalcMethod, studies);
    }

    internal sealed record Study(string Label, double Yi, double Vi);

    private static void RequireAll(bool used, string?[] values, string[] names)
    {
        if (used && values.Any(v => v is null))
        {
            var absent = names.Where((_, j) => values[j] is null);
            throw new UsageException($"Missing {string.Join(", ", absent)}: this kind of study data needs all of {string.Join(" ", names)}.");
        }
    }

    private static double[] Counts(CohortTable table, string column)
    {
        var values = ColumnValues.Numbers(table, column, "count");
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]) && (values[i] < 0 || Math.Floor(values[i]) != values[i] || values[i] > int.MaxValue))
            {
                throw new InputException(new InputProblem(table.SourceFile, table.SourceLines[i], column, "a non-negative whole number (a count)", NumberText.RoundTrip(values[i]), "Counts and group sizes must be whole numbers of subjects."));
            }
        }

        return values;
    }

    private static List<TextTable> Tables(MetaAnalysisResult f, string key, bool ratio, string escalcMethod, List<Study> studies)
    {
        string Nat(double x) => NumberText.Short(ratio ? Math.Exp(x) : x, 4);
        var pct = (f.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        var name = ratio ? (key == "OR" ? "OR" : "RR") : key;
        var rows = studies.Select((s, j) => (IReadOnlyList<string>)
        [
            s.Label,
            NumberText.Short(s.Yi, 5),
            NumberText.Short(s.Vi, 5),
            Nat(s.Yi),
            NumberText.Short(f.WeightsPercent[j], 4),
        ]).ToList();
        var studyTable = new TextTable($"{studies.Count} studies ({escalcMethod})", ["study", "yi", "vi", name, "weight %"], rows) { RightAligned = new HashSet<int> { 1, 2, 3, 4 } };
        var model = $"{MetaAnalysisJson.MethodKey(f.Method)} model, {(f.Test == MetaAnalysisTest.Z ? "z test" : "Knapp-Hartung t test")}";
        var summaryRows = new List<IReadOnlyList<string>>
        {
            new[] { "estimate" + (ratio ? " (log)" : ""), NumberText.Short(f.Estimate, 5), $"{pct}% CI {NumberText.Short(f.Lower, 5)} to {NumberText.Short(f.Upper, 5)}" },
            new[] { "se", NumberText.Short(f.StandardError, 5), $"p = {NumberText.PValue(f.PValue)}" },
        };
        if (ratio)
        {
            summaryRows.Add([name, Nat(f.Estimate), $"{pct}% CI {Nat(f.Lower)} to {Nat(f.Upper)}"]);
        }

        summaryRows.Add(["prediction interval", "", double.IsNaN(f.PredictionLower) ? "NA (fixed effect)" : $"{Nat(f.PredictionLower)} to {Nat(f.PredictionUpper)}"]);
        summaryRows.Add(["tau^2", NumberText.Short(f.Tau2, 5), $"SE {NumberText.Short(f.Tau2StandardError, 4)}"]);
        summaryRows.Add(["I^2 (%)", NumberText.Short(f.I2, 4), $"H^2 = {NumberText.Short(f.H2, 4)}"]);
        summaryRows.Add(["Q", NumberText.Short(f.Q, 5), $"df = {f.QDegreesOfFreedom.ToString(CultureInfo.InvariantCulture)}, p = {NumberText.PValue(f.QPValue)}"]);
        var summary = new TextTable($"Meta-analysis: {model}, k = {f.K.ToString(CultureInfo.InvariantCulture)}", ["quantity", "value", "detail"], summaryRows) { RightAligned = new HashSet<int> { 1 } };
        return [summary, studyTable];
    }
}
