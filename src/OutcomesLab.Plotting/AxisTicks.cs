namespace OutcomesLab.Plotting;

/// <summary>Round axis limits and about four ticks at 1, 2, 2.5 or 5 times a power of ten, shared by the figures that set their own value axis.</summary>
internal static class AxisTicks
{
    private static readonly double[] Steps = [1.0, 2, 2.5, 5, 10];

    /// <summary>Limits widened to whole steps around [min, max] and the ticks between them.</summary>
    public static (double Min, double Max, double[] Ticks) Nice(double min, double max)
    {
        if (max - min < 1e-9)
        {
            min -= 1;
            max += 1;
        }

        var raw = (max - min) / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = Steps.Select(m => m * magnitude).First(s => s >= raw);
        var lo = Math.Floor(min / step) * step;
        var hi = Math.Ceiling(max / step) * step;
        var ticks = new List<double>();
        for (var t = lo; t <= hi + (step / 1e6); t += step)
        {
            ticks.Add(Math.Round(t, 10));
        }

        return (lo, hi, [.. ticks]);
    }
}
