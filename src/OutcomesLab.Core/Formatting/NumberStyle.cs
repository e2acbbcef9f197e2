using System.Globalization;

namespace OutcomesLab.Formatting;

/// <summary>
/// The one rule for numbers that a person reads: report tables (Markdown, HTML, LaTeX), report prose
/// and methods, figure annotations and captions, and the command line's table, Markdown and LaTeX
/// outputs. Machine-readable outputs (CSV, JSON) use round-trip numbers (<see cref="RoundTrip"/>) instead.
/// </summary>
/// <remarks>
/// <para>The rule, following the AMA Manual of Style, 11th ed. (2020), §19 (numbers, units,
/// significant digits), and the statistical guidance of the BMJ, NEJM and Lancet on p-values:</para>
/// <list type="number">
/// <item>Estimates, ratios, differences, probabilities, test statistics and CI bounds are written with
/// three significant digits that keep trailing zeros (<c>1.54 (1.18 to 2.00)</c>, <c>0.979</c>,
/// <c>0.0914</c>, <c>28.0</c>); digits before the decimal point are never rounded away (237.1 is
/// <c>237</c>, 1428 is <c>1428</c>). A whole number (a count, a time in whole days, a landmark, a
/// confidence level) is written without decimals (<see cref="Number"/>, <see cref="Count"/>).
/// Survival and cumulative-incidence probabilities are written with three decimals
/// (<c>0.770 [0.714, 0.832]</c>) and percentages with one (<c>82.1%</c>): <see cref="Fixed"/>.</item>
/// <item>An estimate or CI bound is never rounded onto a null value it is not equal to (1 for
/// ratios, 0 for differences) or across it: digits are added until it is distinguishable
/// (<c>0.99996</c>, not <c>1.00</c>; <see cref="Estimate"/>).</item>
/// <item>p-values: <c>&lt; 0.001</c> below 0.001, <c>&gt; 0.99</c> above 0.99, otherwise two
/// significant digits (<c>0.0034</c>, <c>0.051</c>, <c>0.12</c>), with a digit added rather than
/// rounding onto or across 0.05 (<c>0.0504</c>, never <c>0.05</c>). A p column holds
/// <see cref="P"/> (<c>0.051</c>, <c>&lt; 0.001</c>); prose, figures and captions hold
/// <see cref="PText"/> (<c>p = 0.051</c>, <c>p &lt; 0.001</c>).</item>
/// <item>Negative numbers carry the true minus sign U+2212 (<see cref="Minus"/>); LaTeX writers set
/// them in math mode, CSV and JSON writers use plain ASCII round-trip numbers.</item>
/// <item>A median or CI bound that a survival curve never reaches is written <c>not reached</c>
/// (<see cref="Time"/>).</item>
/// </list>
/// <para>Invariant culture throughout; NaN is written <c>NA</c>.</para>
/// </remarks>
public static class NumberStyle
{
    /// <summary>The true minus sign (U+2212) used for negative numbers in text for people.</summary>
    public const char Minus = '\u2212';

    /// <summary>Significant digits of estimates, statistics and CI bounds (rule 1).</summary>
    public const int Digits = 3;

    /// <summary>The text of a median or CI bound that the curve never reaches (rule 5).</summary>
    public const string NotReached = "not reached";

    /// <summary>The text of a missing or undefined value.</summary>
    public const string Missing = "NA";

    private const int MaxDigits = 17;

    /// <summary>
    /// A number by rule 1: whole numbers without decimals, otherwise <see cref="Digits"/> significant
    /// digits keeping trailing zeros; null or NaN as <c>NA</c>, infinities as <c>∞</c> / <c>−∞</c>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, with a U+2212 minus for negative values.</returns>
    public static string Number(double? value) => Estimate(value, null);

    /// <summary>
    /// An estimate or CI bound by rules 1 and 2: as <see cref="Number"/>, with digits added while the
    /// text would read as <paramref name="nullValue"/> or fall on its other side.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="nullValue">The null value of the quantity (1 for ratios, 0 for differences), or null for none.</param>
    /// <returns>The text, with a U+2212 minus for negative values.</returns>
    public static string Estimate(double? value, double? nullValue)
    {
        if (value is null || double.IsNaN(value.Value))
        {
            return Missing;
        }

        var v = value.Value;
        if (double.IsInfinity(v))
        {
            return v > 0 ? "∞" : Minus + "∞";
        }

        if (v == Math.Floor(v) && Math.Abs(v) < 1e15)
        {
            return WithMinus(v.ToString("0", CultureInfo.InvariantCulture));
        }

        for (var digits = Digits; ; digits++)
        {
            var text = Significant(v, digits, out var rounded);
            if (digits >= MaxDigits || nullValue is not { } n || !ReadsAsOrAcross(v, rounded, n))
            {
                return WithMinus(text);
            }
        }
    }

    /// <summary>
    /// A value given as input rather than estimated (a plan setting, threshold, minimal important
    /// difference, time point): as written, in the shortest round-trip text, with a U+2212 minus
    /// (0.037 stays <c>0.037</c>, not <c>0.0370</c>).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Given(double value) => double.IsNaN(value) ? Missing : WithMinus(RoundTrip(value));

    /// <summary>An interval "lower to upper" of two <see cref="Estimate"/>s.</summary>
    /// <param name="lower">Lower bound.</param>
    /// <param name="upper">Upper bound.</param>
    /// <param name="nullValue">The null value of the quantity (1 for ratios, 0 for differences), or null for none.</param>
    /// <returns>For example <c>1.18 to 2.00</c>.</returns>
    public static string Interval(double? lower, double? upper, double? nullValue = null) =>
        Estimate(lower, nullValue) + " to " + Estimate(upper, nullValue);

    /// <summary>A time (a median or a CI bound of a survival curve): <see cref="Number"/>, or <c>not reached</c> when null, NaN or +∞ (rule 5).</summary>
    /// <param name="value">The time, null when the curve never reaches it.</param>
    /// <returns>For example <c>237</c> or <c>not reached</c>.</returns>
    public static string Time(double? value) => value is null || double.IsNaN(value.Value) || double.IsPositiveInfinity(value.Value)
        ? NotReached
        : Number(value);

    /// <summary>A CI of a time: <c>lower to upper</c>, <c>237 to not reached</c>, or <c>not reached</c> when neither bound is reached.</summary>
    /// <param name="lower">Lower bound, null when not reached.</param>
    /// <param name="upper">Upper bound, null when not reached.</param>
    /// <returns>The text (rule 5).</returns>
    public static string TimeInterval(double? lower, double? upper)
    {
        var lo = Time(lower);
        var hi = Time(upper);
        return lo == NotReached && hi == NotReached ? NotReached : lo + " to " + hi;
    }

    /// <summary>A count: a whole number without decimals; a weighted (fractional) count with one decimal.</summary>
    /// <param name="value">The count.</param>
    /// <returns>For example <c>237</c> or <c>12.5</c>.</returns>
    public static string Count(double value) => double.IsNaN(value)
        ? Missing
        : Math.Abs(value - Math.Round(value)) < 1e-9
            ? WithMinus(Math.Round(value).ToString("0", CultureInfo.InvariantCulture))
            : WithMinus(value.ToString("0.0", CultureInfo.InvariantCulture));

    /// <summary>
    /// A number with a fixed number of decimals, for the quantities whose stated rule is fixed decimals
    /// (survival and cumulative-incidence probabilities: 3; percentages: 1); U+2212 minus; NaN as <c>NA</c>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimals (0 to 15).</param>
    /// <returns>For example <c>0.770</c>.</returns>
    public static string Fixed(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 15);
        if (double.IsNaN(value))
        {
            return Missing;
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : Minus + "∞";
        }

        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return WithMinus(rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A survival or cumulative-incidence probability with its CI, three decimals:
    /// <c>0.770 [0.714, 0.832]</c>; an estimate of 0 or 1 without CI (no events yet) as
    /// <c>0 (no events)</c> or <c>1 (no events)</c> instead of <c>0.000 [NA, NA]</c> (rule 5).
    /// </summary>
    /// <param name="estimate">The probability.</param>
    /// <param name="lower">Lower CI bound, null or NaN when undefined.</param>
    /// <param name="upper">Upper CI bound, null or NaN when undefined.</param>
    /// <returns>The text.</returns>
    public static string Probability(double? estimate, double? lower, double? upper)
    {
        static bool Undefined(double? v) => v is null || double.IsNaN(v.Value);
        if (estimate is { } e && (e == 0 || e == 1) && Undefined(lower) && Undefined(upper))
        {
            return e == 0 ? "0 (no events)" : "1 (no events)";
        }

        static string Three(double? v) => v is null ? Missing : Fixed(v.Value, 3);
        return $"{Three(estimate)} [{Three(lower)}, {Three(upper)}]";
    }

    /// <summary>
    /// A p-value for a p column (rule 3): <c>&lt; 0.001</c>, <c>&gt; 0.99</c>, or two significant digits
    /// with a digit added rather than reading as or across 0.05; NaN as <c>NA</c>.
    /// </summary>
    /// <param name="p">The p-value.</param>
    /// <returns>For example <c>0.051</c>, <c>0.0504</c> or <c>&lt; 0.001</c>.</returns>
    public static string P(double p)
    {
        if (double.IsNaN(p))
        {
            return Missing;
        }

        if (p < 0.001)
        {
            return "< 0.001";
        }

        if (p > 0.99)
        {
            return "> 0.99";
        }

        for (var digits = 2; ; digits++)
        {
            var text = Significant(p, digits, out var rounded);
            if (digits >= MaxDigits || !ReadsAsOrAcross(p, rounded, 0.05))
            {
                return text;
            }
        }
    }

    /// <summary>A p-value for prose, figures and captions (rule 3): <c>p = 0.051</c>, <c>p &lt; 0.001</c>, <c>p &gt; 0.99</c>.</summary>
    /// <param name="p">The p-value.</param>
    /// <returns>The text.</returns>
    public static string PText(double p)
    {
        var text = P(p);
        return text[0] is '<' or '>' ? "p " + text : "p = " + text;
    }

    /// <summary>Shortest round-trip text with an ASCII minus, for CSV and JSON (empty for null or NaN is the caller's choice).</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>-0.2323744</c>.</returns>
    public static string RoundTrip(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Replaces the U+2212 minus by an ASCII hyphen-minus, for machine-readable outputs of display text.</summary>
    /// <param name="text">Display text.</param>
    /// <returns>The text with ASCII minus signs.</returns>
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(Minus, '-');
    }

    private static string WithMinus(string text) => text.StartsWith('-') ? Minus + text[1..] : text;

    private static bool ReadsAsOrAcross(double value, double rounded, double nullValue) =>
        value != nullValue && (rounded == nullValue || Math.Sign(rounded - nullValue) != Math.Sign(value - nullValue));

    /// <summary>At least the integer part, and <paramref name="digits"/> significant digits in all.</summary>
    private static string Significant(double v, int digits, out double rounded)
    {
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(v)));
        var decimals = Math.Clamp(digits - 1 - magnitude, 0, 15);
        rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        if (rounded != 0 && decimals > 0 && (int)Math.Floor(Math.Log10(Math.Abs(rounded))) > magnitude)
        {
            // 0.9996 rounds up to 1.000: one decimal fewer keeps the count of significant digits.
            decimals--;
            rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        }

        return rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
