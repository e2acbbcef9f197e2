using System.Globalization;
using System.Text.RegularExpressions;

namespace OutcomesLab.IO.Internal;

/// <summary>
/// Recognises values that look like dates in a layout other than ISO 8601 (<c>03/04/2021</c>,
/// <c>15.03.2021</c>) and says which common layouts fit all of them, so that a message can list the
/// candidates for <c>--date-format</c>. It never picks one: <c>03/04/2021</c> is 3 April in most of
/// the world and March 4 in the United States.
/// </summary>
internal static partial class DateLayouts
{
    /// <summary>The layouts offered in messages, tried on the date part of each value.</summary>
    public static readonly string[] Common =
    [
        "dd/MM/yyyy", "MM/dd/yyyy", "d/M/yyyy", "M/d/yyyy", "yyyy/MM/dd",
        "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy", "MM-dd-yyyy", "d-M-yyyy", "M-d-yyyy",
        "dd/MM/yy", "MM/dd/yy", "dd.MM.yy",
    ];

    /// <summary>
    /// True when the trimmed text has the shape of a non-ISO date: three digit groups split by one
    /// repeated separator '/', '.' or '-', with a year of four digits first or of two or four digits
    /// last (so "1.5.3" or "01-02-003" are not taken for dates), optionally a time.
    /// </summary>
    public static bool LooksLikeOtherDate(string value)
    {
        var s = value.Trim();
        return !DateText.IsIsoShaped(s) && OtherDateShape().IsMatch(s);
    }

    /// <summary>The common layouts that every value's date part fits; a one-digit variant (d/M/yyyy) is left out when its two-digit form (dd/MM/yyyy) fits too, as they then read the values alike.</summary>
    public static List<string> Fitting(IReadOnlyList<string> values)
    {
        var fitting = new List<string>();
        foreach (var layout in Common)
        {
            if (values.All(v => Fits(v, layout)))
            {
                fitting.Add(layout);
            }
        }

        fitting.RemoveAll(l => !l.Contains("dd", StringComparison.Ordinal) && fitting.Contains(l.Replace("d", "dd", StringComparison.Ordinal).Replace("M", "MM", StringComparison.Ordinal)));
        return fitting;
    }

    /// <summary>For a layout with the data's separator that does not fit, the first value (index) it fails and why, e.g. "15 where the month goes".</summary>
    public static (int Index, string Why)? RuledOutBy(IReadOnlyList<string> values, string layout)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (Fits(values[i], layout))
            {
                continue;
            }

            var parts = DatePart(values[i]).Split(Separator(layout));
            var fields = layout.Split(Separator(layout));
            if (parts.Length == fields.Length)
            {
                for (var k = 0; k < fields.Length; k++)
                {
                    if (fields[k].StartsWith('M') && int.TryParse(parts[k], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 12)
                    {
                        return (i, string.Create(CultureInfo.InvariantCulture, $"field {k + 1} is {m}, above 12, where this layout puts the month"));
                    }
                }
            }

            return (i, "it does not fit this layout");
        }

        return null;
    }

    /// <summary>The separator of a layout ('/', '.' or '-').</summary>
    public static char Separator(string layout) => layout.First(c => c is '/' or '.' or '-');

    private static bool Fits(string value, string layout)
        => DateTime.TryParseExact(DatePart(value), layout, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static string DatePart(string value)
    {
        var s = value.Trim();
        var cut = s.IndexOfAny([' ', 'T']);
        return cut < 0 ? s : s[..cut];
    }

    [GeneratedRegex(@"^(\d{4}(?<a>[./-])\d{1,2}\k<a>\d{1,2}|\d{1,2}(?<b>[./-])\d{1,2}\k<b>(\d{2}|\d{4}))([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherDateShape();
}
