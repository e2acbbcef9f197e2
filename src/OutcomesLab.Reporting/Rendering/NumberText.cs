using System.Globalization;

namespace OutcomesLab.Reporting.Rendering;

/// <summary>Invariant-culture number formatting for human-readable tables (JSON and CSV use round-trip formatting instead).</summary>
internal static class NumberText
{
    /// <summary>Up to <paramref name="significant"/> significant digits, "NA" for null or NaN.</summary>
    public static string Short(double? value, int significant = 4)
    {
        if (value is null || double.IsNaN(value.Value))
        {
            return "NA";
        }

        var v = value.Value;
        if (double.IsInfinity(v))
        {
            return v > 0 ? "Inf" : "-Inf";
        }

        if (v == Math.Floor(v) && Math.Abs(v) < 1e15)
        {
            return v.ToString("0", CultureInfo.InvariantCulture);
        }

        return v.ToString("G" + significant.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>Shortest round-trip text, for machine-readable outputs.</summary>
    public static string RoundTrip(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A p-value with four decimals, or "&lt;0.0001".</summary>
    public static string PValue(double p) => p < 0.0001 ? "<0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);
}
