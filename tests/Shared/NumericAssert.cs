using System.Globalization;
using Xunit;

namespace OutcomesLab.Testing;

/// <summary>
/// The one floating-point comparison of the test suite: |actual - expected| &lt;= abs + rel * |expected|.
/// NaN equals NaN, infinities must match exactly, null (R's NA) must match null. Failures report the
/// first offending index with both values printed round-trip.
/// </summary>
internal static class NumericAssert
{
    public static void Close(double? expected, double? actual, double rel = 1e-10, double abs = 1e-14, string what = "value")
    {
        var problem = Compare(expected, actual, rel, abs);
        if (problem is not null)
        {
            Assert.Fail($"{what}: {problem}");
        }
    }

    public static void AllClose(IReadOnlyList<double?> expected, IReadOnlyList<double?> actual, double rel = 1e-10, double abs = 1e-14, string what = "vector")
    {
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} values, got {actual.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            var problem = Compare(expected[i], actual[i], rel, abs);
            if (problem is not null)
            {
                Assert.Fail($"{what}[{i}] (first mismatch of {expected.Count}): {problem}");
            }
        }
    }

    public static void AllClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double rel = 1e-10, double abs = 1e-14, string what = "vector")
        => AllClose(expected.Select(v => (double?)v).ToList(), actual.Select(v => (double?)v).ToList(), rel, abs, what);

    private static string? Compare(double? expected, double? actual, double rel, double abs)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"expected {Show(expected)}, got {Show(actual)}";
        }

        double e = expected.Value, a = actual.Value;
        if (double.IsNaN(e) || double.IsNaN(a))
        {
            return double.IsNaN(e) && double.IsNaN(a) ? null : $"expected {Show(e)}, got {Show(a)}";
        }

        if (double.IsInfinity(e) || double.IsInfinity(a))
        {
            return e == a ? null : $"expected {Show(e)}, got {Show(a)}";
        }

        var diff = Math.Abs(a - e);
        return diff <= abs + (rel * Math.Abs(e))
            ? null
            : $"expected {Show(e)}, got {Show(a)} (|diff| {Show(diff)}, allowed {Show(abs + (rel * Math.Abs(e)))})";
    }

    private static string Show(double? v) => v is null ? "null (NA)" : v.Value.ToString("R", CultureInfo.InvariantCulture);
}
