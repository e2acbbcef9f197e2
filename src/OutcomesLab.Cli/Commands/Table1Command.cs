using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OutcomesLab.Cli.Rendering;
using OutcomesLab.IO;
using OutcomesLab.Tables;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab table1</c>: baseline characteristics by arm (Table 1) as R tableone, with optional small-cell suppression.</summary>
internal static class Table1Command
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var group = new Option<string>("--group", "-g") { Description = "Column with the arms.", Required = true, HelpName = "COLUMN" };
        var variables = new Option<string>("--variables") { Description = "Columns to summarise, comma-separated, in table order. Numeric columns are continuous, text columns categorical.", Required = true, HelpName = "A,B,..." };
        var categorical = new Option<string?>("--categorical") { Description = "Numeric columns of --variables to treat as categorical (codes such as 0/1 or 1..5).", HelpName = "X,Y,..." };
        var nonNormal = new Option<string?>("--nonnormal") { Description = "Continuous columns of --variables to show as median [Q1, Q3] and test with Kruskal-Wallis (tableone's nonnormal).", HelpName = "Z,..." };
        var exact = new Option<string?>("--exact") { Description = "Categorical columns of --variables to test with Fisher's exact test (2x2 tables only) instead of chi-square.", HelpName = "X,..." };
        var pValues = new Option<bool>("--p-values") { Description = "Add p-values: one-way ANOVA (R oneway.test var.equal=TRUE), Kruskal-Wallis for --nonnormal, chi-square (Yates for 2x2) or Fisher for --exact." };
        var suppress = SuppressionOption.Create("Small-cell suppression: show counts 1..K-1 as \"<K\" and hide further cells so that none can be recovered from the totals (CMS uses K = 11).");
        var order = new Option<string>("--order") { Description = "Order of arms and levels: sorted (default; numeric codes numerically, text alphabetically, as R's factor and tableone) or appearance (order of first appearance in the file).", DefaultValueFactory = _ => "sorted", HelpName = "sorted|appearance" };
        order.AcceptOnlyFromAmong("sorted", "appearance");
        var command = new Command("table1", "Table 1: baseline characteristics by arm and overall (n, missing, mean (SD) or median [IQR], n (%) per level), standardised mean differences and optional p-values, as R's tableone.")
        {
            group, variables, categorical, nonNormal, exact, pValues, suppress, order,
        };
        csv.AddTo(command);
        context.Bind(
            command,
            run => Run(run, csv, new Table1Request(
                run.Parse.GetValue(group)!,
                List(run.Parse.GetValue(variables)),
                List(run.Parse.GetValue(categorical)),
                List(run.Parse.GetValue(nonNormal)),
                List(run.Parse.GetValue(exact)),
                run.Parse.GetValue(pValues),
                SuppressionOption.Read(run, suppress),
                run.Parse.GetValue(order) == "appearance")),
            "outcomeslab table1 --input data/simulated_cohort.csv --group arm --variables age,sex,dose_mg,site,eq_vas --nonnormal dose_mg",
            "outcomeslab table1 --input data/addicts/addicts.csv --group clinic --variables prison,mdose --categorical prison --p-values --suppress-below 11 --format markdown",
            "outcomeslab table1 --input data/simulated_cohort.csv --group arm --variables age,sex,site --format latex --output table1.tex");
        return command;
    }

    /// <summary>What to tabulate (shared with the report's table1 analysis).</summary>
    internal sealed record Table1Request(string Group, List<string> Variables, List<string> Categorical, List<string> NonNormal, List<string> Exact, bool PValues, int? SuppressBelow, bool AppearanceOrder)
    {
        /// <summary>An explicit order of the arms (the report plan's arms), or null for <see cref="AppearanceOrder"/>/sorted.</summary>
        public IReadOnlyList<string>? GroupOrder { get; init; }
    }

    private static List<string> List(string? text) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static List<string>? Order(Table1Request request, string?[] values) =>
        request.AppearanceOrder ? null : [.. Factor.DefaultOrder(values.Where(v => v is not null).Select(v => v!).Distinct(StringComparer.Ordinal))];

    private static int Run(CommandRun run, CsvInputOptions csv, Table1Request request)
    {
        if (request.Variables.Count == 0)
        {
            throw new UsageException("--variables is empty; list the columns to summarise, e.g. --variables age,sex.");
        }

        foreach (var (flag, names) in new[] { ("--categorical", request.Categorical), ("--nonnormal", request.NonNormal), ("--exact", request.Exact) })
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
        var view = Build(table, request, run.Warn);
        run.Emit(run.Format == OutputFormat.Json ? Json(request, view) : TableRenderer.Render([Text(request, view)], run.Format));
        return ExitCodes.Ok;
    }

    /// <summary>Builds Table 1 (and its suppression) from a loaded table; diagnostics go to <paramref name="warn"/>.</summary>
    internal static Table1View Build(CohortTable table, Table1Request request, Action<string> warn)
    {
        var groups = ColumnValues.Texts(table, request.Group, "group");
        var levels = groups.Where(g => g is not null).Distinct(StringComparer.Ordinal).ToList();
        if (levels.Count < 2)
        {
            throw new InputException(new InputProblem(
                table.SourceFile,
                null,
                request.Group,
                "at least two groups (arms) in the --group column",
                levels.Count == 0 ? "no non-missing value" : $"only \"{levels[0]}\"",
                "Table 1 compares arms: choose a --group column with two or more levels."));
        }

        var built = new List<BaselineVariable>();
        foreach (var name in request.Variables)
        {
            var column = ColumnValues.Require(table, name, "variable");
            var numeric = column.Kind is ColumnKind.Number or ColumnKind.Integer;
            var isCategorical = !numeric || request.Categorical.Contains(name, StringComparer.Ordinal);
            if (isCategorical && request.NonNormal.Contains(name, StringComparer.Ordinal))
            {
                throw new InputException(new InputProblem(table.SourceFile, null, name, "a numeric column for --nonnormal", numeric ? "it is also listed in --categorical" : $"a {column.Kind.ToString().ToLowerInvariant()} column", "List only continuous (numeric) columns in --nonnormal."));
            }

            if (!isCategorical && request.Exact.Contains(name, StringComparer.Ordinal))
            {
                throw new InputException(new InputProblem(table.SourceFile, null, name, "a categorical column for --exact", "a numeric column", $"Add {name} to --categorical, or remove it from --exact."));
            }

            if (!numeric && !request.Categorical.Contains(name, StringComparer.Ordinal))
            {
                ColumnValues.CheckTextCategories(table, name, "variable", "--categorical");
            }

            var texts = isCategorical ? ColumnValues.Texts(table, name, "variable") : [];
            built.Add(isCategorical
                ? BaselineVariable.Categorical(name, texts, Order(request, texts), exactTest: request.Exact.Contains(name, StringComparer.Ordinal))
                : BaselineVariable.Continuous(name, ColumnValues.Numbers(table, name, "variable"), request.NonNormal.Contains(name, StringComparer.Ordinal)));
        }

        var result = BaselineTable.Build(groups, built, new BaselineTableOptions { PValues = request.PValues, GroupLevels = request.GroupOrder is { } o ? [.. o.Where(groups.Contains)] : Order(request, groups) });
        var suppression = request.SuppressBelow is { } k ? BaselineTableSuppression.Apply(result, k) : null;
        foreach (var d in result.Diagnostics.Concat(suppression?.Diagnostics ?? []))
        {
            warn(d.Message);
        }

        return new Table1View(result, suppression);
    }

    /// <summary>The table with its suppression masks, as the display texts and JSON values need them.</summary>
    internal sealed record Table1View(BaselineTableResult Table, BaselineTableSuppressionResult? Suppression)
    {
        public string Hidden => Suppression?.HiddenText ?? "";

        public bool ArmHidden(int a) => Suppression is { } s && (a < s.GroupCountHidden.Length ? s.GroupCountHidden[a] : s.OverallCountHidden);

        /// <summary>Cell (row, column a) of variable v's block; row = level index or (continuous) 0, missing = last row; a = arm or Overall (last).</summary>
        public bool CellHidden(int v, int row, int a)
        {
            if (Suppression is null)
            {
                return false;
            }

            var b = Suppression.Variables[v];
            return a < b.Hidden[row].Length ? b.Hidden[row][a] : b.RowTotalHidden[row];
        }

        public bool PercentHidden(int v, int level, int a) => Suppression is { } s && s.PercentHidden[v][level][a];

        /// <summary>Summary statistics of fewer than K people (1..K−1 non-missing values) describe individuals: hidden under suppression.</summary>
        public bool StatisticsHidden(BaselineContinuousStatistics s) => Suppression is { } x && SmallCellSuppression.IsPrimary(s.N, x.Threshold);

        /// <summary>The minimum and maximum are single people's values: omitted whenever suppression is on.</summary>
        public bool ExtremesHidden => Suppression is not null;

        public int MissingRow(int v) => Table.Variables[v].Kind == BaselineVariableKind.Categorical ? Table.Variables[v].Levels.Length : 1;
    }

    internal static TextTable Text(Table1Request request, Table1View view)
    {
        var t = view.Table;
        var k = t.Groups.Length;
        var headers = new List<string> { "characteristic" };
        headers.AddRange(t.Groups);
        headers.Add("Overall");
        if (request.PValues)
        {
            headers.Add("p");
        }

        headers.Add("SMD");
        var rows = new List<IReadOnlyList<string>>();
        var nRow = new List<string> { "n" };
        nRow.AddRange(Enumerable.Range(0, k + 1).Select(a => view.ArmHidden(a) ? view.Hidden : Count(a < k ? t.GroupCounts[a] : t.OverallCount)));
        rows.Add(Pad(nRow, headers.Count));
        for (var vi = 0; vi < t.Variables.Length; vi++)
        {
            var v = t.Variables[vi];
            var tail = new List<string>();
            if (request.PValues)
            {
                tail.Add(P(v.Test?.PValue));
            }

            tail.Add(v.Smd is { } smd ? smd.ToString("0.000", CultureInfo.InvariantCulture) : "NA");
            if (v.Kind == BaselineVariableKind.Continuous)
            {
                var stats = v.ArmStatistics.Append(v.OverallStatistics!).ToList();
                rows.Add([$"{v.Name}, {(v.NonNormal ? "median [IQR]" : "mean (SD)")}", .. stats.Select(s => view.StatisticsHidden(s) ? "suppressed" : Continuous(s, v.NonNormal)), .. tail]);
            }
            else if (v.Levels.Count(l => l.Shown) == 1)
            {
                var li = v.Levels.IndexOf(v.Levels.First(l => l.Shown));
                rows.Add([$"{v.Name} = {v.Levels[li].Level}, n (%)", .. Enumerable.Range(0, k + 1).Select(a => LevelCell(view, vi, li, a)), .. tail]);
            }
            else
            {
                rows.Add(Pad([$"{v.Name}, n (%)", .. Enumerable.Repeat("", k + 1), .. tail], headers.Count));
                for (var li = 0; li < v.Levels.Length; li++)
                {
                    rows.Add(Pad(["   " + v.Levels[li].Level, .. Enumerable.Range(0, k + 1).Select(a => LevelCell(view, vi, li, a))], headers.Count));
                }
            }

            if (v.OverallMissing > 0 || (view.Suppression is not null && view.CellHidden(vi, view.MissingRow(vi), k)))
            {
                var mr = view.MissingRow(vi);
                rows.Add(Pad(["   missing", .. Enumerable.Range(0, k + 1).Select(a => view.CellHidden(vi, mr, a) ? view.Hidden : Count(a < k ? v.Missing[a] : v.OverallMissing))], headers.Count));
            }
        }

        var notes = new List<string> { $"Table 1 by {request.Group}" };
        if (k > 2)
        {
            notes.Add("SMD = mean of the pairwise SMDs (vs-first-arm SMDs in --format json)");
        }

        if (view.Suppression is { } s)
        {
            notes.Add($"counts 1-{s.Threshold - 1} and cells that would reveal them shown as {s.HiddenText}; statistics of fewer than {s.Threshold} people suppressed");
        }

        return new TextTable(string.Join("; ", notes), headers, rows) { RightAligned = new HashSet<int>(Enumerable.Range(1, headers.Count - 1)) };
    }

    private static List<string> Pad(List<string> row, int width)
    {
        while (row.Count < width)
        {
            row.Add("");
        }

        return row;
    }

    private static string LevelCell(Table1View view, int v, int level, int a)
    {
        var l = view.Table.Variables[v].Levels[level];
        var k = view.Table.Groups.Length;
        if (view.CellHidden(v, level, a))
        {
            return view.Hidden;
        }

        var n = a < k ? l.Counts[a] : l.OverallCount;
        var p = a < k ? l.Percents[a] : l.OverallPercent;
        return view.PercentHidden(v, level, a) ? Count(n) : $"{Count(n)} ({(double.IsNaN(p) ? "NA" : p.ToString("0.0", CultureInfo.InvariantCulture))})";
    }

    private static string Continuous(BaselineContinuousStatistics s, bool nonNormal) => s.N == 0
        ? "NA"
        : nonNormal
            ? $"{F(s.Median)} [{F(s.FirstQuartile)}, {F(s.ThirdQuartile)}]"
            : $"{F(s.Mean)} ({F(s.StandardDeviation)})";

    private static string F(double v) => double.IsNaN(v) ? "NA" : v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string P(double? p) => p is not { } v || double.IsNaN(v) ? "NA" : v < 0.001 ? "<0.001" : v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Json(Table1Request request, Table1View view) => JsonOutput.Write(w =>
    {
        var t = view.Table;
        var k = t.Groups.Length;
        int? Shown(int value, bool hidden) => hidden ? null : value;
        w.WriteStartObject();
        w.WriteString("group", request.Group);
        w.WriteStartArray("arms");
        foreach (var g in t.Groups)
        {
            w.WriteStringValue(g);
        }

        w.WriteEndArray();
        w.WriteStartArray("n");
        for (var a = 0; a < k; a++)
        {
            w.NumberValue(Shown(t.GroupCounts[a], view.ArmHidden(a)));
        }

        w.WriteEndArray();
        w.Number("overall_n", Shown(t.OverallCount, view.ArmHidden(k)));
        w.WriteNumber("excluded_missing_group", t.ExcludedMissingGroup);
        if (view.Suppression is { } s)
        {
            w.WriteStartObject("suppression");
            w.WriteNumber("threshold", s.Threshold);
            w.WriteString("hidden_text", s.HiddenText);
            w.WriteString("rule", "counts 1..K-1 hidden (0 shown); complementary cells hidden until no line of a variable's block (levels and missing by arm, with Overall and arm totals) has exactly one hidden value; hidden counts and percentages are null");
            w.WriteEndObject();
        }

        w.WriteStartArray("variables");
        for (var vi = 0; vi < t.Variables.Length; vi++)
        {
            var v = t.Variables[vi];
            var mr = view.MissingRow(vi);
            w.WriteStartObject();
            w.WriteString("name", v.Name);
            w.WriteString("type", v.Kind == BaselineVariableKind.Continuous ? "continuous" : "categorical");
            if (v.Kind == BaselineVariableKind.Continuous)
            {
                w.WriteBoolean("nonnormal", v.NonNormal);
                w.WriteStartArray("stats");
                var stats = v.ArmStatistics.Append(v.OverallStatistics!).ToList();
                for (var a = 0; a <= k; a++)
                {
                    var st = stats[a];
                    w.WriteStartObject();
                    w.WriteString("arm", a < k ? t.Groups[a] : "Overall");
                    w.Number("n", Shown(st.N, view.CellHidden(vi, 0, a)));
                    w.Number("missing", Shown(st.Missing, view.CellHidden(vi, mr, a)));
                    var hidden = view.StatisticsHidden(st);
                    w.Number("mean", hidden ? null : st.Mean);
                    w.Number("sd", hidden ? null : st.StandardDeviation);
                    w.Number("median", hidden ? null : st.Median);
                    w.Number("q1", hidden ? null : st.FirstQuartile);
                    w.Number("q3", hidden ? null : st.ThirdQuartile);
                    w.Number("min", hidden || view.ExtremesHidden ? null : st.Minimum);
                    w.Number("max", hidden || view.ExtremesHidden ? null : st.Maximum);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }
            else
            {
                w.WriteStartArray("levels");
                for (var li = 0; li < v.Levels.Length; li++)
                {
                    var l = v.Levels[li];
                    w.WriteStartObject();
                    w.WriteString("level", l.Level);
                    w.WriteBoolean("shown", l.Shown);
                    w.WriteStartArray("n");
                    for (var a = 0; a < k; a++)
                    {
                        w.NumberValue(Shown(l.Counts[a], view.CellHidden(vi, li, a)));
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("percent");
                    for (var a = 0; a < k; a++)
                    {
                        w.NumberValue(view.CellHidden(vi, li, a) || view.PercentHidden(vi, li, a) ? null : l.Percents[a]);
                    }

                    w.WriteEndArray();
                    w.Number("overall_n", Shown(l.OverallCount, view.CellHidden(vi, li, k)));
                    w.Number("overall_percent", view.CellHidden(vi, li, k) || view.PercentHidden(vi, li, k) ? null : l.OverallPercent);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteStartArray("missing");
            for (var a = 0; a < k; a++)
            {
                w.NumberValue(Shown(v.Missing[a], view.CellHidden(vi, mr, a)));
            }

            w.WriteEndArray();
            w.Number("overall_missing", Shown(v.OverallMissing, view.CellHidden(vi, mr, k)));
            w.WriteStartArray("smd_vs_first");
            foreach (var smd in v.SmdVersusFirst)
            {
                w.NumberValue(smd);
            }

            w.WriteEndArray();
            w.Number("smd", v.Smd);
            if (request.PValues)
            {
                WriteTest(w, v);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteTest(Utf8JsonWriter w, BaselineVariableSummary v)
    {
        if (v.Test is not { } test)
        {
            w.WriteNull("test");
            return;
        }

        w.WriteStartObject("test");
        w.WriteString("method", test.Method);
        w.Number("statistic", test.Statistic);
        w.Number("df", test.DegreesOfFreedom);
        w.Number("df2", test.DenominatorDegreesOfFreedom);
        w.Number("p", test.PValue);
        w.WriteEndObject();
    }
}
