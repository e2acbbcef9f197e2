using System.Globalization;
using OutcomesLab.IO.Internal;

namespace OutcomesLab.IO;

/// <summary>
/// Reads single columns of a <see cref="CohortTable"/> in a named role (outcome, arm, study count…)
/// with located errors: an unknown column lists the columns and suggests the closest name; a value of
/// the wrong type names the file, line, column, what was expected and how to fix it. Missing values
/// are kept (NaN for numbers, null for text) so callers decide which rows to drop.
/// </summary>
public static class ColumnValues
{
    private const int MaxListedValues = 10;

    /// <summary>Finds a column or throws an <see cref="InputException"/> that lists the columns and suggests the closest name.</summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="name">The column name (case-sensitive).</param>
    /// <param name="role">The role, used in the message (e.g. "outcome", "group").</param>
    /// <returns>The column.</returns>
    /// <exception cref="InputException">No column has that name.</exception>
    public static TableColumn Require(CohortTable table, string name, string role)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(name);
        var column = table.FindColumn(name);
        if (column is not null)
        {
            return column;
        }

        var names = table.Columns.Select(c => c.Name).ToList();
        var closest = NameSuggester.Closest(name, names);
        var suggestion = closest is null ? string.Empty : $"Did you mean \"{closest}\"? ";
        throw new InputException(new InputProblem(table.SourceFile, null, name, $"an existing column for the {role} role", null, $"{suggestion}The file has the columns: {string.Join(", ", names.Select(x => $"\"{x}\""))}."));
    }

    /// <summary>
    /// <see cref="Require"/>, and refuses a text column whose every value looks like a date that is not
    /// read as one (another layout without <see cref="CsvReadOptions.DateFormat"/>, or a date that does
    /// not exist), whatever the role: such a column is never guessed into categories or numbers.
    /// </summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="name">The column name.</param>
    /// <param name="role">The role, used in the message.</param>
    /// <returns>The column.</returns>
    /// <exception cref="InputException">No column has that name, or it holds unread dates.</exception>
    public static TableColumn RequireReadable(CohortTable table, string name, string role)
    {
        var column = Require(table, name, role);
        if (DateColumns.UnreadDates(table, column, role) is { } problem)
        {
            throw new InputException(problem);
        }

        return column;
    }

    /// <summary>The values of a column as trimmed text (numbers in round-trip form), null where missing.</summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="name">The column name.</param>
    /// <param name="role">The role, used in messages.</param>
    /// <returns>One value per row.</returns>
    /// <exception cref="InputException">No column has that name.</exception>
    public static string?[] Texts(CohortTable table, string name, string role)
    {
        var column = RequireReadable(table, name, role);
        var data = table.Data[column.Index];
        var result = new string?[table.RowCount];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = data.TextAt(i)?.Trim();
        }

        return result;
    }

    /// <summary>
    /// Checks that a text column about to be used as categories is one: not numbers written with a
    /// decimal comma read without <see cref="CsvReadOptions.DecimalComma"/>, and not more distinct
    /// values than a factor plausibly has (more than 50, or more than 10 and more than one per 10 rows).
    /// </summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="name">The column name.</param>
    /// <param name="role">The role, used in the message (e.g. "variable").</param>
    /// <param name="declareOption">The option that declares the column a category on purpose (e.g. <c>--categorical</c>), named in the fix.</param>
    /// <exception cref="InputException">The column looks like numbers with decimal commas, or has implausibly many levels.</exception>
    public static void CheckTextCategories(CohortTable table, string name, string role, string declareOption)
    {
        var column = RequireReadable(table, name, role);
        if (column.Kind != ColumnKind.Text)
        {
            return;
        }

        var values = Texts(table, name, role);
        if (!table.Options.DecimalComma && TextColumnShape.LooksLikeDecimalCommaNumbers(values, out var example))
        {
            throw new InputException(new InputProblem(table.SourceFile, null, name, $"numbers with a '.' decimal point, or text categories (the {role})", example, $"Every value of the column is a number written with a decimal comma. Read the file with --decimal-comma (12,5 = 12.5). If ',' is a thousands separator, remove it; if the values are category codes, name the column in {declareOption} {name}."));
        }

        var present = values.Where(v => v is not null).ToList();
        if (TextColumnShape.ImplausibleFactor(present.Distinct(StringComparer.Ordinal).Count(), present.Count) is { } why)
        {
            throw new InputException(new InputProblem(table.SourceFile, null, name, $"a text {role} with few categories (one row of the table per level)", why, $"{TextColumnShape.Rule} A column like this is usually an id, a date or a measurement read as text: check the column and --na. If it really is categorical, name it in {declareOption} {name}."));
        }
    }

    /// <summary>The values of a numeric column, NaN where missing.</summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="name">The column name.</param>
    /// <param name="role">The role, used in messages.</param>
    /// <returns>One value per row.</returns>
    /// <exception cref="InputException">No column has that name, or a non-missing value is not a finite number (up to <see cref="CsvReadOptions.MaxProblems"/> problems are listed).</exception>
    public static double[] Numbers(CohortTable table, string name, string role)
    {
        var column = RequireReadable(table, name, role);
        if (column.Kind is ColumnKind.Date or ColumnKind.DateTime)
        {
            throw new InputException(DateColumns.DateAsNumber(table, column, $"a number ({role})"));
        }

        var data = table.Data[column.Index];
        var problems = new ProblemCollector(table.SourceFile, Math.Max(1, table.Options.MaxProblems));
        var result = new double[table.RowCount];
        for (var i = 0; i < result.Length; i++)
        {
            if (data.IsMissing(i))
            {
                result[i] = double.NaN;
                continue;
            }

            double v;
            if (data.Numbers is { } numbers)
            {
                v = numbers[i];
            }
            else if (!NumberText.TryParse(data.Texts![i], table.Options.DecimalComma, out v))
            {
                problems.Add(table.SourceLines[i], column.Name, $"a number ({role})", data.Texts[i], NumberText.HintForNonNumber(data.Texts[i]!, table.Options.DecimalComma));
                continue;
            }

            if (!double.IsFinite(v))
            {
                problems.Add(table.SourceLines[i], column.Name, $"a finite number ({role})", data.TextAt(i), "Infinite values cannot be analysed: correct the value, or list it as a missing-value code with --na.");
            }

            result[i] = v;
        }

        problems.ThrowIfAny();
        return result;
    }

    /// <summary>
    /// A binary column as 1 (event), 0 (no event) or NaN (missing). Without <paramref name="eventValue"/>
    /// the values must be 0/1, TRUE/FALSE, T/F or yes/no; with it, a value equal to it (numerically for a
    /// numeric column) is 1 and every other non-missing value is 0, like R's <c>x == value</c>.
    /// </summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="name">The column name.</param>
    /// <param name="role">The role, used in messages.</param>
    /// <param name="eventValue">The value that means "event", or null.</param>
    /// <param name="eventValueOption">How the user names the event value (e.g. "--event-value"), used in the fix.</param>
    /// <returns>One value per row.</returns>
    /// <exception cref="InputException">No column of that name; a value outside the binary spellings; or no row has <paramref name="eventValue"/>.</exception>
    public static double[] Binary(CohortTable table, string name, string role, string? eventValue = null, string eventValueOption = "--event-value")
    {
        var column = RequireReadable(table, name, role);
        var data = table.Data[column.Index];
        var result = new double[table.RowCount];
        var numericEventValue = 0.0;
        var isNumericEventValue = eventValue is not null && data.IsNumeric && NumberText.TryParse(eventValue, table.Options.DecimalComma, out numericEventValue);
        var bad = new List<string>();
        var badCount = 0;
        var firstBadLine = 0;
        var anyEvent = false;
        for (var i = 0; i < result.Length; i++)
        {
            if (data.IsMissing(i))
            {
                result[i] = double.NaN;
                continue;
            }

            bool isEvent;
            if (eventValue is not null)
            {
                isEvent = isNumericEventValue
                    ? data.Numbers![i] == numericEventValue
                    : string.Equals(data.TextAt(i)!.Trim(), eventValue.Trim(), StringComparison.Ordinal);
            }
            else if (data.Numbers is { } numbers)
            {
                isEvent = numbers[i] == 1;
                if (numbers[i] is not (0 or 1))
                {
                    NoteBad(data.TextAt(i)!, table.SourceLines[i]);
                }
            }
            else if (!LogicalText.TryParseEvent(data.Texts![i]!, out isEvent))
            {
                NoteBad(data.Texts[i]!, table.SourceLines[i]);
            }

            anyEvent |= isEvent;
            result[i] = isEvent ? 1 : 0;
        }

        if (badCount > 0)
        {
            var example = bad.FirstOrDefault(v => v != "0") ?? bad[0];
            var listed = string.Join(", ", bad);
            var rows = badCount == 1 ? "1 row" : string.Create(CultureInfo.InvariantCulture, $"{badCount} rows");
            throw new InputException(new InputProblem(table.SourceFile, firstBadLine, column.Name, $"a binary {role}: 0/1, TRUE/FALSE, T/F or yes/no", example,
                $"If one value means the event, name it with {eventValueOption} (e.g. {eventValueOption} {example}); otherwise recode the column as 0/1. Values outside the allowed set: {listed} ({rows})."));
        }

        if (eventValue is not null && !anyEvent)
        {
            var found = Enumerable.Range(0, result.Length).Where(i => !data.IsMissing(i)).Select(i => data.TextAt(i)!.Trim()).Distinct(StringComparer.Ordinal).Take(MaxListedValues);
            throw new InputException(new InputProblem(table.SourceFile, null, column.Name, $"at least one row with the event value \"{eventValue}\"", string.Join(", ", found),
                $"No row has this value: check {eventValueOption} against the values in the column."));
        }

        return result;

        void NoteBad(string value, int line)
        {
            if (badCount++ == 0)
            {
                firstBadLine = line;
            }

            if (bad.Count < MaxListedValues && !bad.Contains(value, StringComparer.Ordinal))
            {
                bad.Add(value);
            }
        }
    }
}
