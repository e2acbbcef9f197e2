using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace OutcomesLab.IO.Internal;

/// <summary>Validates the role columns of a table and extracts the kept rows.</summary>
internal static class CohortBuilder
{
    private const int MaxListedLines = 20;
    private const int MaxListedValues = 10;

    public static CohortData Build(CohortTable table, ColumnRoles roles)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(roles);
        var problems = new ProblemCollector(table.SourceFile, Math.Max(1, table.Options.MaxProblems));
        var dc = table.Options.DecimalComma;

        if (table.Columns.Length == 1 && table.FindColumn(roles.Time) is null
            && TableLoader.OtherDelimiter(table.Columns[0].Name, table.Delimiter) is { } other)
        {
            throw problems.Throw(1, null, $"columns separated by {TableLoader.DelimiterName(table.Delimiter)}", table.Columns[0].Name, $"The header row is one single column: the file seems to be delimited by {TableLoader.DelimiterName(other)}. Pass the right --delimiter, or leave --delimiter out to detect it.");
        }

        var time = Resolve(table, roles.Time, "time", problems);
        var evt = Resolve(table, roles.Event, "event", problems);
        var group = roles.Group is null ? null : Resolve(table, roles.Group, "group", problems);
        var strata = roles.Strata is null ? null : Resolve(table, roles.Strata, "strata", problems);
        var id = roles.Id is null ? null : Resolve(table, roles.Id, "id", problems);
        var entry = roles.Entry is null ? null : Resolve(table, roles.Entry, "entry", problems);
        var covariates = roles.Covariates.Select(c => Resolve(table, c, "covariate", problems)).ToList();
        var cluster = roles.Cluster is null ? null : Resolve(table, roles.Cluster, "cluster", problems);
        var weights = roles.Weights is null ? null : Resolve(table, roles.Weights, "weights", problems);
        if (roles.EventKind == EventKind.Codes && roles.EventValue is not null)
        {
            problems.Add(null, roles.Event, "either an event value or competing-risk codes", roles.EventValue, "--event-value applies to binary events only; with codes, 0 is censored and 1, 2, ... are causes.");
        }

        problems.ThrowIfAny();

        // Role columns whose missing values drop the row, with the label used in the warning.
        var required = new List<(TableColumn Column, string Label)> { (time!, "time"), (evt!, "event") };
        if (entry is not null)
        {
            required.Add((entry, "entry"));
        }

        if (group is not null)
        {
            required.Add((group, "group"));
        }

        if (strata is not null)
        {
            required.Add((strata, "strata"));
        }

        required.AddRange(covariates.Select(c => (c!, $"covariate \"{c!.Name}\"")));
        if (cluster is not null)
        {
            required.Add((cluster, "cluster"));
        }

        if (weights is not null)
        {
            required.Add((weights, "weights"));
        }

        var n = table.RowCount;
        var keep = new bool[n];
        var dropped = new List<int>();
        var droppedFor = new SortedSet<int>();
        for (var i = 0; i < n; i++)
        {
            keep[i] = true;
            for (var k = 0; k < required.Count; k++)
            {
                if (table.Data[required[k].Column.Index].IsMissing(i))
                {
                    if (roles.Missing == MissingValuePolicy.Fail)
                    {
                        problems.Add(table.SourceLines[i], required[k].Column.Name, "a value (missing values are not allowed here)", null, "Fill in the value, or let rows with missing values be dropped (R's na.omit, the default).");
                    }

                    keep[i] = false;
                    droppedFor.Add(k);
                }
            }

            if (!keep[i])
            {
                dropped.Add(table.SourceLines[i]);
            }
        }

        problems.ThrowIfAny();
        if (n > 0 && dropped.Count == n)
        {
            var labels = droppedFor.Select(k => required[k].Label).ToList();
            var columns = string.Join(", ", droppedFor.Select(k => $"\"{required[k].Column.Name}\""));
            throw problems.Throw(null, null, $"at least one row with a value in every role column ({columns})", string.Create(CultureInfo.InvariantCulture, $"a missing value in all {n} rows"), $"All {DroppedMessage(table.SourceFile, dropped, labels)} Check the column names and the missing-value codes (--na).");
        }

        var kept = Enumerable.Range(0, n).Where(i => keep[i]).ToArray();

        // With every row kept, columns are validated in place and shared with the table (which never
        // changes them) instead of copied: at a million rows each copy is megabytes of fresh memory.
        var all = kept.Length == n;
        var times = Numbers(table, time!, kept, dc, problems, "a non-negative number", v => double.IsFinite(v) && v >= 0, TimeFix);
        var entries = entry is null ? null : Numbers(table, entry, kept, dc, problems, "a non-negative number", v => double.IsFinite(v) && v >= 0, TimeFix);
        if (entries is not null)
        {
            for (var r = 0; r < kept.Length; r++)
            {
                if (entries[r] >= times[r] && double.IsFinite(entries[r]) && double.IsFinite(times[r]))
                {
                    problems.Add(table.SourceLines[kept[r]], entry!.Name, $"an entry time below the exit time ({time!.Name} = {NumberText.Format(times[r])})", NumberText.Format(entries[r]), "A subject cannot leave before entering: check the start and stop columns.");
                }
            }
        }

        var status = roles.EventKind == EventKind.Codes
            ? Codes(table, evt!, kept, dc, problems)
            : Binary(table, evt!, roles.EventValue, kept, dc, problems);
        var covariateValues = new Dictionary<string, ImmutableArray<double>>(StringComparer.Ordinal);
        var categorical = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var name in roles.Factors.Where(f => !roles.Covariates.Contains(f, StringComparer.Ordinal)))
        {
            problems.Add(null, name, "a covariate of the model (--factor names covariates to treat as categories)", null, $"Add \"{name}\" to the covariates, or remove it from --factor.");
        }

        foreach (var c in covariates)
        {
            if (roles.Factors.Contains(c!.Name, StringComparer.Ordinal))
            {
                categorical[c.Name] = c.Kind is ColumnKind.Number or ColumnKind.Integer
                    ? [.. kept.Select(i => NumberText.Format(table.Data[c.Index].Numbers![i]))]
                    : Texts(table, c, kept);
                continue;
            }

            if (c.Kind == ColumnKind.Text)
            {
                var labels = Texts(table, c, kept);
                if (!dc && TextColumnShape.LooksLikeDecimalCommaNumbers(labels, out var example))
                {
                    problems.Add(null, c.Name, "numbers with a '.' decimal point, or text categories", example, $"Every value of the column is a number written with a decimal comma. Read the file with --decimal-comma (12,5 = 12.5). If ',' is a thousands separator, remove it; if the values are category codes, name the column in --factor {c.Name} (plan key \"factor\").");
                    continue;
                }

                // A mostly numeric column with a few stray texts is a data error, not a factor with
                // hundreds of levels: report the stray values as a numeric column would.
                var numeric = CountNumbers(labels, dc);
                if (numeric > 0 && numeric * 2 >= labels.Length)
                {
                    Numbers(table, c, kept, dc, problems, "a number (most values in this column are numbers)", double.IsFinite, "Correct the value, or if it is a missing-value code list it with --na.");
                    continue;
                }

                var levels = labels.Distinct(StringComparer.Ordinal).Count();
                if (TextColumnShape.ImplausibleFactor(levels, labels.Length) is { } why)
                {
                    problems.Add(null, c.Name, "a text covariate with few categories (it is dummy-coded: one column per level)", why, $"{TextColumnShape.Rule} A covariate like this is usually an id, a date or a measurement read as text: check the column and --na. If it really is a factor, name it in --factor {c.Name} (plan key \"factor\").");
                    continue;
                }

                categorical[c.Name] = labels;
                continue;
            }

            var values = c.Kind == ColumnKind.Boolean
                ? kept.Select(i => LogicalText.TryParse(table.Data[c.Index].Texts![i]!, out var b) && b ? 1.0 : 0.0).ToArray()
                : Numbers(table, c, kept, dc, problems, "a number", double.IsFinite, "Covariates must be numeric: recode categories as 0/1 columns, or list missing-value codes with --na.");
            covariateValues[c.Name] = ImmutableCollectionsMarshal.AsImmutableArray(values);
        }

        var weightValues = weights is null ? null : Numbers(table, weights, kept, dc, problems, "a non-negative case weight", v => double.IsFinite(v) && v >= 0, "Case weights must be finite and not negative.");
        problems.ThrowIfAny();

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (dropped.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "rows-dropped", DroppedMessage(table.SourceFile, dropped, droppedFor.Select(k => required[k].Label).ToList())));
        }

        return new CohortData
        {
            SourceFile = table.SourceFile,
            Roles = roles,
            Time = ImmutableCollectionsMarshal.AsImmutableArray(times),
            EventKind = roles.EventKind,
            Status = ImmutableCollectionsMarshal.AsImmutableArray(status),
            Event = Events(status),
            Group = group is null ? null : Texts(table, group, kept),
            Strata = strata is null ? null : Texts(table, strata, kept),
            Id = id is null ? null : [.. kept.Select(i => table.Data[id.Index].TextAt(i))],
            Entry = entries is null ? null : ImmutableCollectionsMarshal.AsImmutableArray(entries),
            Covariates = covariateValues,
            CategoricalCovariates = categorical,
            Cluster = cluster is null ? null : Texts(table, cluster, kept),
            Weights = weightValues,
            SourceLines = all ? table.SourceLines : [.. kept.Select(i => table.SourceLines[i])],
            DroppedLines = [.. dropped],
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private const string TimeFix = "Times must be finite and not negative: correct the value, or if it is a missing-value code list it with --na.";

    private static TableColumn? Resolve(CohortTable table, string name, string role, ProblemCollector problems)
    {
        var column = table.FindColumn(name);
        if (column is null)
        {
            var names = table.Columns.Select(c => c.Name).ToList();
            var closest = NameSuggester.Closest(name, names);
            var suggestion = closest is null ? string.Empty : $"Did you mean \"{closest}\"? ";
            problems.Add(null, name, $"an existing column for the {role} role", null, $"{suggestion}The file has the columns: {string.Join(", ", names.Select(x => $"\"{x}\""))}.");
        }
        else if (DateColumns.UnreadDates(table, column, role) is { } unread)
        {
            problems.Add(unread.Line, unread.Column, unread.Expected, unread.Found, unread.Fix);
        }

        return column;
    }

    private static ImmutableArray<string> Texts(CohortTable table, TableColumn column, int[] kept)
    {
        var data = table.Data[column.Index];
        if (kept.Length == table.RowCount && data.Texts is { } texts && !texts.Any(NeedsTrim))
        {
            // Every row kept (so none is missing) and nothing to trim: share the table's column.
            return ImmutableCollectionsMarshal.AsImmutableArray(texts)!;
        }

        var result = new string[kept.Length];
        for (var r = 0; r < kept.Length; r++)
        {
            result[r] = data.TextAt(kept[r])!.Trim();
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);

        static bool NeedsTrim(string? text) => text is null || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
    }

    /// <summary>How many labels parse as numbers; labels are interned per column, so a repeat of the previous label reuses its answer.</summary>
    private static int CountNumbers(ImmutableArray<string> labels, bool dc)
    {
        var count = 0;
        string? previous = null;
        var previousIsNumber = false;
        foreach (var label in labels)
        {
            if (!ReferenceEquals(label, previous))
            {
                previous = label;
                previousIsNumber = NumberText.TryParse(label, dc, out _);
            }

            count += previousIsNumber ? 1 : 0;
        }

        return count;
    }

    private static ImmutableArray<bool> Events(int[] status)
    {
        var events = new bool[status.Length];
        for (var i = 0; i < status.Length; i++)
        {
            events[i] = status[i] > 0;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(events);
    }

    private static double[] Numbers(CohortTable table, TableColumn column, int[] kept, bool dc, ProblemCollector problems, string expected, Func<double, bool> valid, string fix)
    {
        var data = table.Data[column.Index];
        if (data.Dates is not null)
        {
            var p = DateColumns.DateAsNumber(table, column, expected);
            problems.Add(p.Line, p.Column, p.Expected, p.Found, p.Fix);
            return new double[kept.Length];
        }

        if (kept.Length == table.RowCount && data.Numbers is { } shared && shared.All(valid))
        {
            return shared;
        }

        var result = new double[kept.Length];
        for (var r = 0; r < kept.Length; r++)
        {
            var i = kept[r];
            double v;
            if (data.Numbers is { } numbers)
            {
                v = numbers[i];
            }
            else if (!NumberText.TryParse(data.Texts![i], dc, out v))
            {
                problems.Add(table.SourceLines[i], column.Name, expected, data.Texts[i], NumberText.HintForNonNumber(data.Texts[i]!, dc));
                continue;
            }

            if (!valid(v))
            {
                var extra = double.IsFinite(v) ? string.Empty : " (not NaN or infinite)";
                problems.Add(table.SourceLines[i], column.Name, expected + extra, data.TextAt(i) ?? NumberText.Format(v), fix);
            }

            result[r] = v;
        }

        return result;
    }

    private static int[] Binary(CohortTable table, TableColumn column, string? eventValue, int[] kept, bool dc, ProblemCollector problems)
    {
        var data = table.Data[column.Index];
        var status = new int[kept.Length];
        var bad = new BadValues();
        var eventNumber = 0.0;
        var numericEventValue = eventValue is not null && data.IsNumeric && NumberText.TryParse(eventValue, dc, out eventNumber);
        var anyEvent = false;
        for (var r = 0; r < kept.Length; r++)
        {
            var i = kept[r];
            bool isEvent;
            if (eventValue is not null)
            {
                isEvent = numericEventValue
                    ? data.Numbers![i] == eventNumber
                    : string.Equals(data.TextAt(i)!.Trim(), eventValue.Trim(), StringComparison.Ordinal);
            }
            else if (data.Numbers is { } numbers)
            {
                var v = numbers[i];
                isEvent = v == 1;
                if (v is not (0 or 1))
                {
                    bad.Add(data.TextAt(i)!, table.SourceLines[i]);
                }
            }
            else if (!LogicalText.TryParseEvent(data.Texts![i]!, out isEvent))
            {
                bad.Add(data.Texts[i]!, table.SourceLines[i]);
            }

            anyEvent |= isEvent;
            status[r] = isEvent ? 1 : 0;
        }

        if (bad.Count > 0)
        {
            var example = bad.Values.FirstOrDefault(v => v != "0") ?? bad.Values[0];
            problems.Add(bad.FirstLine, column.Name, "event values 0/1, TRUE/FALSE, T/F or yes/no", bad.Describe(), $"If one value means the event (R's status == {example}), pass --event-value {example}; for competing risks use status codes (0 = censored). Values found outside the allowed set: {bad.Describe()} ({RowsText(bad.Count)}).");
        }
        else if (eventValue is not null && !anyEvent && kept.Length > 0)
        {
            var found = kept.Select(i => data.TextAt(i)!.Trim()).Distinct(StringComparer.Ordinal).Take(MaxListedValues);
            problems.Add(null, column.Name, $"at least one row with the event value \"{eventValue}\"", string.Join(", ", found), "No row has this value: check --event-value against the values in the column.");
        }

        return status;
    }

    private static int[] Codes(CohortTable table, TableColumn column, int[] kept, bool dc, ProblemCollector problems)
    {
        var data = table.Data[column.Index];
        var status = new int[kept.Length];
        var bad = new BadValues();
        for (var r = 0; r < kept.Length; r++)
        {
            var i = kept[r];
            var raw = data.TextAt(i)!;
            var ok = data.Numbers is { } numbers
                ? IsCode(numbers[i])
                : NumberText.TryParse(raw, dc, out var parsed) && IsCode(parsed);
            if (ok)
            {
                status[r] = (int)(data.Numbers?[i] ?? (NumberText.TryParse(raw, dc, out var v) ? v : 0));
            }
            else
            {
                bad.Add(raw, table.SourceLines[i]);
            }
        }

        if (bad.Count > 0)
        {
            problems.Add(bad.FirstLine, column.Name, "integer status codes 0 (censored), 1, 2, ... (causes)", bad.Describe(), $"Recode the status column so that censored is 0 and each cause is a positive integer. Values found outside the allowed set: {bad.Describe()} ({RowsText(bad.Count)}).");
        }

        return status;

        static bool IsCode(double v) => v >= 0 && v <= int.MaxValue && Math.Floor(v) == v;
    }

    private static string RowsText(int count) => count == 1 ? "1 row" : string.Create(CultureInfo.InvariantCulture, $"{count} rows");

    private static string DroppedMessage(string file, List<int> lines, List<string> labels)
    {
        var listed = string.Join(", ", lines.Take(MaxListedLines).Select(l => l.ToString(CultureInfo.InvariantCulture)));
        if (lines.Count > MaxListedLines)
        {
            listed += string.Create(CultureInfo.InvariantCulture, $" and {lines.Count - MaxListedLines} more");
        }

        var what = labels.Count == 1 ? labels[0] : string.Join(", ", labels.Take(labels.Count - 1)) + " or " + labels[^1];
        return $"{RowsText(lines.Count)} dropped because {what} is missing ({(lines.Count == 1 ? SourcePosition.Word(file) : SourcePosition.Words(file))} {listed}).";
    }

    private sealed class BadValues
    {
        public List<string> Values { get; } = [];

        public int Count { get; private set; }

        public int FirstLine { get; private set; }

        public void Add(string value, int line)
        {
            if (Count++ == 0)
            {
                FirstLine = line;
            }

            if (Values.Count < MaxListedValues && !Values.Contains(value, StringComparer.Ordinal))
            {
                Values.Add(value);
            }
        }

        public string Describe() => string.Join(", ", Values);
    }
}
