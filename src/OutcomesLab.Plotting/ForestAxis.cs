using System.Collections.Immutable;

namespace OutcomesLab.Plotting;

/// <summary>Axis range and ticks of a forest plot on the natural scale.</summary>
internal static class ForestAxis
{
    private static readonly double[][] RatioTickSets =
    [
        [0.01, 0.1, 1, 10, 100],
        [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100],
        [0.1, 0.25, 0.5, 1, 2, 4, 10],
        [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2],
        [0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5],
    ];

    public static (double Min, double Max, ImmutableArray<double> Ticks) Range(IEnumerable<ForestRow> rows, bool log, double nullValue, double? min, double? max)
    {
        var values = rows.Where(r => r.Kind != ForestRowKind.Header)
            .SelectMany(r => new[] { r.Lower, r.Upper, r.Estimate })
            .Where(v => double.IsFinite(v) && (!log || v > 0))
            .Append(nullValue)
            .ToList();
        var lo = min ?? values.Min();
        var hi = max ?? values.Max();
        if (log)
        {
            ImmutableArray<double> ticks = [];
            foreach (var set in RatioTickSets.Reverse())
            {
                if (set[0] > lo * 1.0001 || set[^1] < hi / 1.0001)
                {
                    continue;
                }

                var start = set.Where(t => t <= lo * 1.0001).DefaultIfEmpty(set[0]).Max();
                var end = set.Where(t => t >= hi / 1.0001).DefaultIfEmpty(set[^1]).Min();
                ticks = [.. set.Where(t => t >= start && t <= end)];
                if (ticks.Length <= 7)
                {
                    break;
                }
            }

            if (ticks.Length < 2)
            {
                // Beyond 0.01–100: powers of ten, every other one when there are many.
                int from = (int)Math.Floor(Math.Log10(lo)), to = (int)Math.Ceiling(Math.Log10(hi));
                var every = (to - from) > 6 ? 2 : 1;
                ticks = [.. Enumerable.Range(0, ((to - from) / every) + 1).Select(i => Math.Pow(10, from + (i * every)))];
            }

            var pad = Math.Log(ticks[^1] / ticks[0]) * 0.03;
            return (min ?? Math.Min(ticks[0], lo) * Math.Exp(-pad), max ?? Math.Max(ticks[^1], hi) * Math.Exp(pad), ticks);
        }

        var step = TimeAxis.NiceStep(hi - lo, TimeUnit.Years, 6);
        var first = Math.Floor((lo / step) + 1e-9) * step;
        var last = Math.Ceiling((hi / step) - 1e-9) * step;
        var n = (int)Math.Round((last - first) / step);
        ImmutableArray<double> linear = [.. Enumerable.Range(0, n + 1).Select(i => Math.Round(first + (i * step), 10))];
        var padding = (last - first) * 0.03;
        return (min ?? first - padding, max ?? last + padding, linear);
    }
}
