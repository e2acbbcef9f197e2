using System.Globalization;
using System.Text.Json;
using OutcomesLab.IO;
using OutcomesLab.Tables;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>Table 1 (baseline characteristics by arm, as R tableone) from a loaded table: the summary, its text table and JSON, for the table1 command and the plan's table1 analysis.</summary>
internal static class Table1Builder
{
    private static List<string>? Order(Table1Request request, string?[] values) =>
        request.AppearanceOrder ? null : [.. Factor.DefaultOrder(values.Where(v => v is not null).Select(v => v!).Distinct(StringComparer.Ordinal))];

    /// <summary>Builds Table 1 (and its suppression) from a loaded table; diagnostics go to <paramref name="warn"/>.</summary>
    public static Table1View Build(CohortTable table, Table1Request request, Action<string> warn)
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
            var column = ColumnValues.RequireReadable(table, name, "variable");
            if (column.Kind is ColumnKind.Date or ColumnKind.DateTime)
            {
                throw new InputException(DateColumns.DateAsNumber(table, column, "a numeric or categorical variable"));
            }

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

    public static TextTable Text(Table1Request request, Table1View view)
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
            var withinArms = request.WithinArms.Contains(v.Name);
            var tail = new List<string>();
            if (request.PValues)
            {
                tail.Add(withinArms ? "" : P(v.Test?.PValue));
            }

            tail.Add(withinArms ? "" : v.Smd is { } smd ? smd.ToString("0.000", CultureInfo.InvariantCulture) : "NA");
            var name = request.VariableLabel(v.Name);
            if (v.Kind == BaselineVariableKind.Continuous)
            {
                var stats = v.ArmStatistics.Append(v.OverallStatistics!).ToList();
                rows.Add([$"{name}, {(v.NonNormal ? "median [IQR]" : "mean (SD)")}", .. stats.Select((s, a) => a == k && withinArms ? "" : view.StatisticsHidden(s) ? "suppressed" : Continuous(s, v.NonNormal)), .. tail]);
            }
            else if (v.Levels.Count(l => l.Shown) == 1)
            {
                var li = v.Levels.IndexOf(v.Levels.First(l => l.Shown));
                rows.Add([$"{name} = {request.LevelLabel(v.Name, v.Levels[li].Level)}, n (%)", .. Enumerable.Range(0, k + 1).Select(a => a == k && withinArms ? "" : LevelCell(view, vi, li, a)), .. tail]);
            }
            else
            {
                rows.Add(Pad([$"{name}, n (%)", .. Enumerable.Repeat("", k + 1), .. tail], headers.Count));
                for (var li = 0; li < v.Levels.Length; li++)
                {
                    rows.Add(Pad(["   " + request.LevelLabel(v.Name, v.Levels[li].Level), .. Enumerable.Range(0, k + 1).Select(a => a == k && withinArms ? "" : LevelCell(view, vi, li, a))], headers.Count));
                }
            }

            if (v.OverallMissing > 0 || (view.Suppression is not null && view.CellHidden(vi, view.MissingRow(vi), k)))
            {
                var mr = view.MissingRow(vi);
                rows.Add(Pad(["   missing", .. Enumerable.Range(0, k + 1).Select(a => view.CellHidden(vi, mr, a) ? view.Hidden : Count(a < k ? v.Missing[a] : v.OverallMissing))], headers.Count));
            }
        }

        var notes = new List<string> { $"Table 1 by {request.VariableLabel(request.Group)}" };
        if (request.WithinArms.Count > 0)
        {
            notes.Add($"{string.Join(", ", request.WithinArms.Select(request.VariableLabel))}: summarised within each arm only, with no overall column, p or SMD (the arms' values are not on one scale)");
        }

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

    public static string Json(Table1Request request, Table1View view) => JsonOutput.Write(w =>
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
