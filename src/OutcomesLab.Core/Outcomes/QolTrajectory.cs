using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Mean score trajectories across visits per group, each mean with the t-based confidence interval
/// mean ± t<sub>n−1, 1−α/2</sub>·SD/√n (Student. The probable error of a mean. <i>Biometrika</i>
/// 1908;6:1–25), computed on the available (non-missing) values at each visit.
/// </summary>
public static class QolTrajectory
{
    /// <summary>Per group and visit: n, mean, SD, SE and the t-based CI.</summary>
    /// <param name="values">Per subject, one value per visit; <see cref="double.NaN"/> marks a missing value.</param>
    /// <param name="visits">Visit labels.</param>
    /// <param name="times">Visit times (e.g. weeks), or null for 1, 2, ….</param>
    /// <param name="groups">Group of each subject, or null for one group named "All"; the groups come out in <see cref="Factor.DefaultOrder"/> (as the levels of every other figure, so that colours match across figures).</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1), default 0.95.</param>
    /// <returns>The trajectory.</returns>
    /// <exception cref="ArgumentException">The lengths disagree or the level is outside (0, 1).</exception>
    public static QolTrajectoryResult Compute(IReadOnlyList<IReadOnlyList<double>> values, IReadOnlyList<string> visits, IReadOnlyList<double>? times, IReadOnlyList<string>? groups, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(visits);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must be between 0 and 1.");
        }

        if (times is not null && times.Count != visits.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{times.Count} times for {visits.Count} visits."), nameof(times));
        }

        if (groups is not null && groups.Count != values.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{groups.Count} groups for {values.Count} subjects."), nameof(groups));
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Count != visits.Count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Subject {i} has {values[i].Count} values for {visits.Count} visits."), nameof(values));
            }
        }

        // Groups in the default level order of every other figure (numeric codes numerically, text
        // ordinally), so an arm keeps its colour from the KM figure to the trajectory.
        var order = groups is null ? ["All"] : Factor.DefaultOrder(groups.Distinct(StringComparer.Ordinal)).ToList();

        var t = times?.ToImmutableArray() ?? [.. Enumerable.Range(1, visits.Count).Select(i => (double)i)];
        var points = ImmutableArray.CreateBuilder<QolTrajectoryPoint>(order.Count * visits.Count);
        foreach (var g in order)
        {
            for (var v = 0; v < visits.Count; v++)
            {
                var xs = new List<double>();
                for (var i = 0; i < values.Count; i++)
                {
                    if ((groups is null || string.Equals(groups[i], g, StringComparison.Ordinal)) && !double.IsNaN(values[i][v]))
                    {
                        xs.Add(values[i][v]);
                    }
                }

                points.Add(Summarise(g, v, visits[v], t[v], xs, confidenceLevel));
            }
        }

        return new QolTrajectoryResult(confidenceLevel, [.. visits], t, [.. order], points.MoveToImmutable());
    }

    private static QolTrajectoryPoint Summarise(string group, int index, string visit, double time, List<double> xs, double level)
    {
        var n = xs.Count;
        var mean = n == 0 ? double.NaN : xs.Average();
        if (n < 2)
        {
            return new QolTrajectoryPoint(group, index, visit, time, n, mean, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var ss = 0.0;
        foreach (var x in xs)
        {
            ss += (x - mean) * (x - mean);
        }

        var sd = Math.Sqrt(ss / (n - 1));
        var se = sd / Math.Sqrt(n);
        var q = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - level) / 2));
        return new QolTrajectoryPoint(group, index, visit, time, n, mean, sd, se, mean - (q * se), mean + (q * se));
    }
}
