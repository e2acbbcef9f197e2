using System.Globalization;
using OutcomesLab.Formatting;

namespace OutcomesLab.Plotting;

/// <summary>Number formats of printed figures: the one rule of <see cref="NumberStyle"/> (invariant culture, U+2212 minus).</summary>
internal static class NumberFormat
{
    /// <summary>A p-value as in prose and captions: <c>p = 0.051</c>, <c>p &lt; 0.001</c>.</summary>
    public static string P(double p) => NumberStyle.PText(p);

    /// <summary>A p-value for a p column: <c>0.051</c>, <c>&lt; 0.001</c>.</summary>
    public static string PColumn(double p) => NumberStyle.P(p);

    /// <summary>A ratio or its CI bound, never rounded onto or across 1.</summary>
    public static string Ratio(double v) => NumberStyle.Estimate(v, 1);

    /// <summary>A difference or standardised effect or its CI bound, never rounded onto or across 0.</summary>
    public static string Difference(double v) => NumberStyle.Estimate(v, 0);

    public static string Level(double confidenceLevel) => (confidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A count as printed in a risk table: integers without decimals, weighted counts with one.</summary>
    public static string Count(double v) => NumberStyle.Count(v);

    public static string Tick(double v)
    {
        var r = Math.Round(v, 6);
        var text = r.ToString("0.######", CultureInfo.InvariantCulture);
        return text.StartsWith('-') ? NumberStyle.Minus + text[1..] : text;
    }
}
