using System.Globalization;
using System.Text.RegularExpressions;

namespace OutcomesLab.IO.Internal;

/// <summary>Invariant-culture number parsing and the hints for values that are almost numbers.</summary>
internal static partial class NumberText
{
    /// <summary>Round-trip text of a number, with infinities spelled as R writes (and this reader reads) them: Inf, -Inf.</summary>
    public static string Format(double v) => double.IsInfinity(v) ? (v > 0 ? "Inf" : "-Inf") : v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Parses a number as R's <c>type.convert</c> would (incl. Inf/-Inf), invariant culture, optional decimal comma.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, bool decimalComma, out double value)
    {
        s = s.Trim();
        value = 0;
        if (s.Length == 0)
        {
            return false;
        }

        if (decimalComma)
        {
            if (s.Contains('.'))
            {
                return false;
            }

            var comma = s.IndexOf(',');
            if (comma >= 0)
            {
                if (s.Length > 128 || s[(comma + 1)..].Contains(','))
                {
                    return false;
                }

                Span<char> buffer = stackalloc char[s.Length];
                s.CopyTo(buffer);
                buffer[comma] = '.';
                return double.TryParse(buffer, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value);
            }
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            // .NET turns an out-of-range number into an infinity; only a spelled infinity may mean one.
            return !double.IsInfinity(value) || s.Contains("inf", StringComparison.OrdinalIgnoreCase);
        }

        // R writes and reads infinities as Inf / -Inf, which .NET does not parse.
        if (s.Equals("Inf", StringComparison.OrdinalIgnoreCase) || s.Equals("+Inf", StringComparison.OrdinalIgnoreCase))
        {
            value = double.PositiveInfinity;
            return true;
        }

        if (s.Equals("-Inf", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NegativeInfinity;
            return true;
        }

        return false;
    }

    /// <summary>A fix sentence for a value that is not a number, recognising decimal commas and thousands separators.</summary>
    public static string HintForNonNumber(string raw, bool decimalComma)
    {
        var s = raw.Trim();
        if (!decimalComma)
        {
            if (CommaThousands().IsMatch(s))
            {
                return "This looks like a thousands separator: remove thousands separators from numbers (write "
                    + s.Replace(",", "", StringComparison.Ordinal) + "). If ',' is a decimal comma here, add --decimal-comma.";
            }

            if (DecimalCommaNumber().IsMatch(s))
            {
                return "If the file uses decimal commas, add --decimal-comma.";
            }
        }
        else
        {
            if (DotThousands().IsMatch(s))
            {
                return "This looks like a thousands separator: remove thousands separators from numbers (write "
                    + s.Replace(".", "", StringComparison.Ordinal) + ").";
            }

            if (DotDecimal().IsMatch(s))
            {
                return "With --decimal-comma the decimal separator is ','; this value uses '.'. Remove --decimal-comma if the file uses decimal points.";
            }
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsFinite(v))
        {
            return "The number is too large to be represented (beyond 1.8e308): correct the value.";
        }

        return "Correct the value, or if it is a missing-value code list it with --na.";
    }

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaThousands();

    [GeneratedRegex(@"^[+-]?\d*,\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalCommaNumber();

    [GeneratedRegex(@"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DotThousands();

    [GeneratedRegex(@"^[+-]?\d*\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex DotDecimal();
}
