using System.Globalization;
using OutcomesLab.IO.Internal;

namespace OutcomesLab.IO;

/// <summary>
/// Reads date columns of a <see cref="CohortTable"/> in a role (start, end, date of birth) and derives
/// numbers from them: the time between two dates in a <see cref="FollowUpUnit"/>, and the age in completed
/// years. Errors name the file, line, column, the text found, what was expected and the option that fixes it.
/// </summary>
public static class DateColumns
{
    /// <summary>
    /// The values of a date column as days since 1970-01-01 (R's <c>as.numeric(as.Date(x))</c>), NaN where
    /// missing. A <see cref="ColumnKind.Date"/> or <see cref="ColumnKind.DateTime"/> column is taken as
    /// is; a numeric column only with <see cref="CsvReadOptions.DateOrigin"/> = <see cref="DateOrigin.Excel"/>.
    /// </summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="name">The column name.</param>
    /// <param name="role">The role, used in messages (e.g. "start date").</param>
    /// <returns>One value per row.</returns>
    /// <exception cref="InputException">No such column, or a value that is not a date (up to <see cref="CsvReadOptions.MaxProblems"/> listed).</exception>
    public static double[] Days(CohortTable table, string name, string role)
    {
        var column = ColumnValues.Require(table, name, role);
        var data = table.Data[column.Index];
        var problems = new ProblemCollector(table.SourceFile, Math.Max(1, table.Options.MaxProblems));
        var result = new double[table.RowCount];
        if (data.Numbers is { } numbers)
        {
            var excel = data.Dates is null && table.Options.DateOrigin == DateOrigin.Excel;
            if (data.Dates is null && !excel)
            {
                var first = Enumerable.Range(0, table.RowCount).FirstOrDefault(i => !data.IsMissing(i), -1);
                var text = first < 0 ? null : data.TextAt(first);
                var eightDigits = text is { Length: 8 } && DateText.TryParseFormat(text, "yyyyMMdd", out _);
                throw problems.Throw(first < 0 ? null : table.SourceLines[first], column.Name, $"a date column for the {role} (ISO 8601 yyyy-MM-dd)", text, eightDigits
                    ? "The column holds numbers that read as yyyyMMdd dates: read the file with --date-format yyyyMMdd."
                    : "The column holds numbers. If they are Excel serial dates (1 = 1900-01-01), read the file with --date-origin excel; if they are already times, use --time instead of --time-from/--time-to.");
            }

            for (var i = 0; i < result.Length; i++)
            {
                if (data.IsMissing(i))
                {
                    result[i] = double.NaN;
                }
                else if (!excel)
                {
                    result[i] = numbers[i];
                }
                else if (!DateText.TryFromExcel(numbers[i], out result[i]))
                {
                    problems.Add(table.SourceLines[i], column.Name, $"an Excel serial date for the {role} (1 = 1900-01-01, up to 2958465 = 9999-12-31)", data.TextAt(i), Math.Floor(numbers[i]) == DateText.ExcelLeapBugSerial
                        ? "Serial 60 is 1900-02-29, a day that does not exist (Excel's leap-year bug kept from Lotus 1-2-3): correct the date, or list it as a missing-value code with --na."
                        : "Correct the value, or list it as a missing-value code with --na.");
                }
            }

            problems.ThrowIfAny();
            return result;
        }

        if (UnreadDates(table, column, role) is { } unread)
        {
            throw new InputException(unread);
        }

        var format = table.Options.DateFormat;
        var expected = format is null
            ? $"an ISO 8601 date for the {role} (yyyy-MM-dd, or yyyy-MM-ddTHH:mm[:ss])"
            : $"a date for the {role} in the layout {format} (--date-format) or ISO 8601 (yyyy-MM-dd)";
        for (var i = 0; i < result.Length; i++)
        {
            var t = data.Texts![i];
            if (t is null)
            {
                result[i] = double.NaN;
            }
            else if (!DateText.TryParse(t, format, out result[i], out _))
            {
                problems.Add(table.SourceLines[i], column.Name, expected, t, DateText.IsIsoShaped(t)
                    ? ImpossibleDateFix(t)
                    : "Every value of a date column must be a date: correct the value, or list it as a missing-value code with --na; for another layout pass --date-format.");
            }
        }

        problems.ThrowIfAny();
        return result;
    }

    /// <summary>
    /// The time from <paramref name="from"/> to <paramref name="to"/> per row, (end − start) in days divided
    /// by <see cref="FollowUpUnits.DaysPer"/>, NaN where either date is missing (the row is then dropped as a
    /// missing time is). An end before its start is an error naming the row and both values.
    /// </summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="from">The start-date column (CLI <c>--time-from</c>).</param>
    /// <param name="to">The end-date column (CLI <c>--time-to</c>).</param>
    /// <param name="unit">The unit of the result.</param>
    /// <returns>One time per row.</returns>
    /// <exception cref="InputException">A column is missing or not a date column, or an end precedes its start.</exception>
    public static double[] TimeBetween(CohortTable table, string from, string to, FollowUpUnit unit)
    {
        ArgumentNullException.ThrowIfNull(table);
        var start = Days(table, from, "start date (--time-from)");
        var end = Days(table, to, "end date (--time-to)");
        var per = FollowUpUnits.DaysPer(unit);
        var problems = new ProblemCollector(table.SourceFile, Math.Max(1, table.Options.MaxProblems));
        var startData = table.Data[table.FindColumn(from)!.Index];
        var endData = table.Data[table.FindColumn(to)!.Index];
        var result = new double[table.RowCount];
        for (var i = 0; i < result.Length; i++)
        {
            if (double.IsNaN(start[i]) || double.IsNaN(end[i]))
            {
                result[i] = double.NaN;
                continue;
            }

            var days = end[i] - start[i];
            if (days < 0)
            {
                problems.Add(table.SourceLines[i], to, $"an end date on or after the start date ({from} = {Shown(startData, i, start[i])})", Shown(endData, i, end[i]), $"Follow-up cannot end before it starts: correct one of the two dates, or check that --time-from names the start ({from}) and --time-to the end ({to}).");
            }

            result[i] = unit == FollowUpUnit.Days ? days : days / per;
        }

        problems.ThrowIfAny();
        return result;
    }

    /// <summary>
    /// Age in completed years at <paramref name="indexDate"/> of someone born on <paramref name="dateOfBirth"/>:
    /// the largest k with the k-th birthday on or before the index date, a 29 February birthday falling on
    /// 1 March in common years. This is <c>floor(lubridate::time_length(interval(dob, index), "years"))</c>
    /// (Grolemund &amp; Wickham, J Stat Softw 2011;40(3)), the age of civil law. NaN where either is missing.
    /// </summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="dateOfBirth">The date-of-birth column (CLI <c>--age-from</c>).</param>
    /// <param name="indexDate">The index-date column (CLI <c>--age-at</c>).</param>
    /// <returns>One age per row.</returns>
    /// <exception cref="InputException">A column is missing or not a date column, or a birth after the index date.</exception>
    public static double[] AgeInYears(CohortTable table, string dateOfBirth, string indexDate)
    {
        ArgumentNullException.ThrowIfNull(table);
        var dob = Days(table, dateOfBirth, "date of birth (--age-from)");
        var index = Days(table, indexDate, "index date (--age-at)");
        var problems = new ProblemCollector(table.SourceFile, Math.Max(1, table.Options.MaxProblems));
        var result = new double[table.RowCount];
        for (var i = 0; i < result.Length; i++)
        {
            if (double.IsNaN(dob[i]) || double.IsNaN(index[i]))
            {
                result[i] = double.NaN;
                continue;
            }

            var born = DateText.FromDays(dob[i]);
            var at = DateText.FromDays(index[i]);
            if (at < born)
            {
                problems.Add(table.SourceLines[i], indexDate, $"an index date on or after the date of birth ({dateOfBirth} = {DateText.Format(dob[i], false)})", DateText.Format(index[i], false), "Nobody is indexed before birth: check the two dates and that --age-from names the date of birth.");
                continue;
            }

            var years = at.Year - born.Year;
            if (Birthday(born, at.Year) > at)
            {
                years--;
            }

            result[i] = years;
        }

        problems.ThrowIfAny();
        return result;
    }

    /// <summary>The birthday of <paramref name="born"/> in <paramref name="year"/> (29 February on 1 March of a common year), at the time of day of birth.</summary>
    private static DateTime Birthday(DateTime born, int year)
    {
        var day = born.Month == 2 && born.Day == 29 && !DateTime.IsLeapYear(year)
            ? new DateTime(year, 3, 1, 0, 0, 0, DateTimeKind.Unspecified)
            : new DateTime(year, born.Month, born.Day, 0, 0, 0, DateTimeKind.Unspecified);
        return day + born.TimeOfDay;
    }

    private static string Shown(ColumnData data, int row, double days) => data.Texts is not null ? data.Texts[row]!.Trim() : data.Dates is not null ? data.TextAt(row)! : DateText.Format(days, days != Math.Floor(days));

    /// <summary>
    /// The problem of a text column whose every value looks like a date but is not read as one: dates in a
    /// layout other than ISO 8601 without <see cref="CsvReadOptions.DateFormat"/> (never guessed), values
    /// that do not fit the given layout, or ISO-shaped dates that do not exist (2021-02-30). Null otherwise.
    /// </summary>
    internal static InputProblem? UnreadDates(CohortTable table, TableColumn column, string role)
    {
        var data = table.Data[column.Index];
        if (data.Texts is not { } texts || column.Kind != ColumnKind.Text)
        {
            return null;
        }

        var format = table.Options.DateFormat;
        int? firstOther = null, firstBadIso = null, firstBadFormat = null;
        var others = new List<string>();
        var otherRows = new List<int>();
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i] is not { } t)
            {
                continue;
            }

            if (DateText.TryParse(t, format, out _, out _))
            {
                continue;
            }

            if (DateText.IsIsoShaped(t))
            {
                firstBadIso ??= i;
            }
            else if (DateLayouts.LooksLikeOtherDate(t))
            {
                firstOther ??= i;
                if (format is not null)
                {
                    firstBadFormat ??= i;
                }

                others.Add(t.Trim());
                otherRows.Add(i);
            }
            else
            {
                return null;
            }
        }

        string Line(int row) => table.SourceLines[row].ToString(CultureInfo.InvariantCulture);
        if (format is null && firstOther is { } o)
        {
            var fitting = DateLayouts.Fitting(others);
            var sep = others[0].First(c => c is '/' or '.' or '-');
            var ruledOut = new List<string>();
            foreach (var layout in DateLayouts.Common.Where(l => DateLayouts.Separator(l) == sep && !fitting.Contains(l) && l.Contains("yyyy", StringComparison.Ordinal)))
            {
                if (DateLayouts.RuledOutBy(others, layout) is { } r && r.Why.Contains("month", StringComparison.Ordinal))
                {
                    ruledOut.Add($"{layout} (line {Line(otherRows[r.Index])}, \"{others[r.Index]}\": {r.Why})");
                }
            }

            var fits = fitting.Count == 0
                ? "None of the common layouts fits every value; name the layout of the file."
                : fitting.Count == 1
                    ? $"Of the common layouts only {fitting[0]} fits every value, but it is not assumed: pass it if it is the file's layout."
                    : $"Layouts that fit every value: {string.Join(", ", fitting)}; which one the file uses cannot be told from the values.";
            var excluded = ruledOut.Count == 0 ? string.Empty : $" Ruled out: {string.Join("; ", ruledOut)}.";
            return new InputProblem(table.SourceFile, table.SourceLines[o], column.Name, $"an ISO 8601 date (yyyy-MM-dd) for the {role}, or a layout named with --date-format", texts[o]!.Trim(),
                $"Dates in other layouts are never guessed (03/04/2021 is 3 April or March 4). {fits}{excluded} Read the file with --date-format LAYOUT, e.g. {(fitting.Count > 0 ? string.Join(" or ", fitting.Select(l => $"--date-format {l}")) : "--date-format dd/MM/yyyy")}.");
        }

        if (firstBadFormat is { } f)
        {
            var fitting = DateLayouts.Fitting(others);
            return new InputProblem(table.SourceFile, table.SourceLines[f], column.Name, $"a date in the layout {format} (--date-format) for the {role}", texts[f]!.Trim(),
                fitting.Count == 0
                    ? "Correct the value, or list it as a missing-value code with --na."
                    : $"Correct the value or list it with --na; layouts that fit every such value: {string.Join(", ", fitting)}.");
        }

        if (firstBadIso is { } b)
        {
            return new InputProblem(table.SourceFile, table.SourceLines[b], column.Name, $"a calendar date that exists (ISO 8601 yyyy-MM-dd) for the {role}", texts[b]!.Trim(), ImpossibleDateFix(texts[b]!));
        }

        return null;
    }

    /// <summary>The problem of a date column used where a number is required.</summary>
    internal static InputProblem DateAsNumber(CohortTable table, TableColumn column, string expected)
    {
        var data = table.Data[column.Index];
        var first = Enumerable.Range(0, table.RowCount).FirstOrDefault(i => !data.IsMissing(i), -1);
        return new InputProblem(table.SourceFile, first < 0 ? null : table.SourceLines[first], column.Name, expected, first < 0 ? null : data.TextAt(first),
            $"\"{column.Name}\" is a date column and dates are not numbers. For the time between two dates use --time-from START --time-to END (with --time-unit days|weeks|months|years) instead of --time; for an age use --age-from DOB --age-at INDEX.");
    }

    private static string ImpossibleDateFix(string value)
    {
        var s = value.Trim();
        var month = int.Parse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var year = int.Parse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var why = month is < 1 or > 12
            ? string.Create(CultureInfo.InvariantCulture, $"there is no month {month}")
            : year < 1
                ? "there is no year 0"
                : day < 1 || day > DateTime.DaysInMonth(year, month)
                    ? string.Create(CultureInfo.InvariantCulture, $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {DateTime.DaysInMonth(year, month)} days")
                    : "the time of day is out of range: hours 00-23, minutes and seconds 00-59";
        return $"This date does not exist ({why}): correct it, or list it as a missing-value code with --na.";
    }
}
