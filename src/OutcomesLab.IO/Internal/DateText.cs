using System.Globalization;

namespace OutcomesLab.IO.Internal;

/// <summary>
/// Calendar dates as numbers: days since 1970-01-01 00:00 (R's <c>Date</c> origin), with the time of day
/// as the fraction of a day. ISO 8601 parsing is strict (no time-zone offsets, which would need a zone
/// to compare by); other layouts only through an explicit .NET custom format with invariant culture.
/// </summary>
internal static class DateText
{
    public static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>Days since <see cref="Epoch"/>.</summary>
    public static double ToDays(DateTime value) => (value - Epoch).Ticks / (double)TimeSpan.TicksPerDay;

    /// <summary>The date of <paramref name="days"/> since <see cref="Epoch"/>, rounded to the microsecond (the precision a double of days keeps in this era).</summary>
    public static DateTime FromDays(double days)
    {
        var micros = Math.Round(days * (TimeSpan.TicksPerDay / TicksPerMicrosecond));
        return Epoch.AddTicks((long)micros * TicksPerMicrosecond);
    }

    /// <summary>ISO text of a stored value: <c>yyyy-MM-dd</c>, or <c>yyyy-MM-ddTHH:mm:ss</c> with the fraction when there is one.</summary>
    public static string Format(double days, bool dateTime)
    {
        var d = FromDays(days);
        if (!dateTime)
        {
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return d.ToString(d.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture);
    }

    /// <summary>True when the trimmed text has the shape of an ISO 8601 date or date-time (digits in the places of yyyy-MM-dd[(T| )HH:mm[:ss[.f...]]]), whether or not the date exists.</summary>
    public static bool IsIsoShaped(ReadOnlySpan<char> s) => Scan(s.Trim(), out _, out _, out _, out _, out _, out _, out _, out _);

    /// <summary>Parses a strict ISO 8601 date or local date-time that exists in the calendar.</summary>
    /// <param name="s">The text (surrounding white space ignored).</param>
    /// <param name="days">Days since <see cref="Epoch"/>.</param>
    /// <param name="hasTime">True when a time of day was written.</param>
    public static bool TryParseIso(ReadOnlySpan<char> s, out double days, out bool hasTime)
    {
        days = 0;
        if (!Scan(s.Trim(), out var year, out var month, out var day, out hasTime, out var hour, out var minute, out var second, out var fractionTicks))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        days = ToDays(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fractionTicks));
        return true;
    }

    /// <summary>Parses <paramref name="s"/> with the exact custom layout <paramref name="format"/> (invariant culture).</summary>
    public static bool TryParseFormat(string s, string format, out double days)
    {
        days = 0;
        if (!DateTime.TryParseExact(s.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return false;
        }

        days = ToDays(value);
        return true;
    }

    /// <summary>True when a custom layout carries a time of day (hours).</summary>
    public static bool FormatHasTime(string format) => format.Contains('H', StringComparison.Ordinal) || format.Contains('h', StringComparison.Ordinal);

    /// <summary>Parses an ISO value or, with a layout, a value in that layout.</summary>
    public static bool TryParse(string s, string? format, out double days, out bool hasTime)
    {
        if (TryParseIso(s, out days, out hasTime))
        {
            return true;
        }

        hasTime = format is not null && FormatHasTime(format);
        return format is not null && TryParseFormat(s, format, out days);
    }

    /// <summary>Excel's last real serial before its fictitious 1900-02-29 (serial 60).</summary>
    public const double ExcelLeapBugSerial = 60;

    /// <summary>
    /// Converts an Excel 1900-system serial to days since <see cref="Epoch"/>: serial 1 = 1900-01-01,
    /// serial 60 (Excel's non-existent 1900-02-29) refused, serials from 61 on = 1899-12-30 + serial.
    /// </summary>
    public static bool TryFromExcel(double serial, out double days)
    {
        days = 0;
        if (!double.IsFinite(serial) || serial < 1 || serial >= 2958466 || Math.Floor(serial) == ExcelLeapBugSerial)
        {
            return false;
        }

        // 1899-12-30 is 25569 days before 1970-01-01; below serial 60 Excel's count has no phantom day yet.
        days = serial - 25569 + (serial < ExcelLeapBugSerial ? 1 : 0);
        return true;
    }

    private static bool Scan(ReadOnlySpan<char> s, out int year, out int month, out int day, out bool hasTime, out int hour, out int minute, out int second, out long fractionTicks)
    {
        year = month = day = hour = minute = second = 0;
        fractionTicks = 0;
        hasTime = false;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-' || !Digits(s, 0, 4, out year) || !Digits(s, 5, 2, out month) || !Digits(s, 8, 2, out day))
        {
            return false;
        }

        if (s.Length == 10)
        {
            return true;
        }

        if (s.Length < 16 || s[10] is not ('T' or ' ') || s[13] != ':' || !Digits(s, 11, 2, out hour) || !Digits(s, 14, 2, out minute))
        {
            return false;
        }

        hasTime = true;
        if (s.Length == 16)
        {
            return true;
        }

        if (s.Length < 19 || s[16] != ':' || !Digits(s, 17, 2, out second))
        {
            return false;
        }

        if (s.Length == 19)
        {
            return true;
        }

        if (s[19] != '.' || s.Length == 20 || s.Length > 27)
        {
            return false;
        }

        var scale = TimeSpan.TicksPerSecond;
        for (var i = 20; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            scale /= 10;
            fractionTicks += (s[i] - '0') * scale;
        }

        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }
}
