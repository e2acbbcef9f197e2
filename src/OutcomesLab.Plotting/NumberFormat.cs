using System.Globalization;

namespace OutcomesLab.Plotting;

/// <summary>Number formats of printed figures (invariant culture; p-values as the BMJ/NEJM style guides ask).</summary>
internal static class NumberFormat
{
    public static string P(double p)
    {
        if (double.IsNaN(p))
        {
            return "p = NA";
        }

        if (p < 0.001)
        {
            return "p < 0.001";
        }

        return p < 0.01
            ? string.Create(CultureInfo.InvariantCulture, $"p = {p:0.000}")
            : string.Create(CultureInfo.InvariantCulture, $"p = {p:0.00}");
    }

    public static string Ratio(double v) => Fixed(v, Math.Abs(v) >= 10 ? 1 : 2);

    public static string Fixed(double v, int decimals)
    {
        if (double.IsNaN(v))
        {
            return "NA";
        }

        if (double.IsInfinity(v))
        {
            return v > 0 ? "∞" : "−∞";
        }

        var text = v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.StartsWith('-') ? "−" + text[1..] : text;
    }

    public static string Level(double confidenceLevel) => (confidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A count as printed in a risk table: integers without decimals, weighted counts with one.</summary>
    public static string Count(double v) => Math.Abs(v - Math.Round(v)) < 1e-9
        ? Math.Round(v).ToString("0", CultureInfo.InvariantCulture)
        : v.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Tick(double v)
    {
        var r = Math.Round(v, 6);
        return r.ToString("0.######", CultureInfo.InvariantCulture);
    }
}
