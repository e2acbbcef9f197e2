using System.Collections.Immutable;

namespace OutcomesLab.Plotting;

/// <summary>Time-unit conversion and round tick steps for time axes.</summary>
internal static class TimeAxis
{
    public static double DaysPer(TimeUnit unit) => unit switch
    {
        TimeUnit.Days => 1,
        TimeUnit.Weeks => 7,
        TimeUnit.Months => 365.25 / 12,
        _ => 365.25,
    };

    public static double Factor(TimeUnit input, TimeUnit display) => DaysPer(input) / DaysPer(display);

    public static string Name(TimeUnit unit) => unit switch
    {
        TimeUnit.Days => "days",
        TimeUnit.Weeks => "weeks",
        TimeUnit.Months => "months",
        _ => "years",
    };

    /// <summary>Ticks 0, step, 2·step, ... up to <paramref name="max"/> with a step people read at a glance (calendar multiples for weeks and months).</summary>
    public static ImmutableArray<double> Ticks(double max, double? step, TimeUnit unit, int maxIntervals)
    {
        if (!(max > 0))
        {
            return [0];
        }

        var s = step is > 0 ? step.Value : NiceStep(max, unit, maxIntervals);
        var n = (int)Math.Floor((max / s) + 1e-9);
        return [.. Enumerable.Range(0, n + 1).Select(i => Math.Round(i * s, 10))];
    }

    /// <summary>
    /// Ticks 0, step, 2·step, ... through the first tick at or after <paramref name="max"/>, so that an axis drawn to
    /// the last tick ends on a labelled break (365 days in months: 0, 3, ..., 12, not an axis ending at 11.99 after 9).
    /// </summary>
    public static ImmutableArray<double> TicksCovering(double max, double? step, TimeUnit unit, int maxIntervals)
    {
        if (!(max > 0))
        {
            return [0];
        }

        var s = step is > 0 ? step.Value : NiceStep(max, unit, maxIntervals);
        var n = Math.Max(1, (int)Math.Ceiling((max / s) - 1e-9));
        return [.. Enumerable.Range(0, n + 1).Select(i => Math.Round(i * s, 10))];
    }

    public static double NiceStep(double range, TimeUnit unit, int maxIntervals)
    {
        double[] preferred = unit switch
        {
            TimeUnit.Weeks => [1, 2, 4, 8, 12, 13, 26, 52, 104],
            TimeUnit.Months => [1, 3, 6, 12, 24, 36, 60, 120],
            TimeUnit.Days => [7, 14, 30, 60, 90, 180, 365],
            _ => [],
        };
        foreach (var p in preferred)
        {
            if (range / p <= maxIntervals)
            {
                return p;
            }
        }

        var raw = range / maxIntervals;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (m * magnitude >= raw - 1e-12)
            {
                return m * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
