using System.Globalization;

namespace OutcomesLab.Core.Tests.Properties;

/// <summary>A small random cohort: times with ties and zeros, events, causes, 1–4 groups, 2 strata, weights, a covariate.</summary>
internal sealed record PropertyCohort(double[] Times, bool[] Events, int[] Causes, string[] Groups, string[] Strata, double[] Weights, double[] Covariate, double[] Covariate2)
{
    public int Count => Times.Length;

    public PropertyCohort Permute(int[] order) => new(
        [.. order.Select(i => Times[i])],
        [.. order.Select(i => Events[i])],
        [.. order.Select(i => Causes[i])],
        [.. order.Select(i => Groups[i])],
        [.. order.Select(i => Strata[i])],
        [.. order.Select(i => Weights[i])],
        [.. order.Select(i => Covariate[i])],
        [.. order.Select(i => Covariate2[i])]);

    public override string ToString()
    {
        var rows = Enumerable.Range(0, Count).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"({Times[i]},{(Events[i] ? 1 : 0)},c{Causes[i]},{Groups[i]},{Strata[i]},w{Weights[i]},x{Covariate[i]},z{Covariate2[i]})"));
        return string.Join(" ", rows);
    }
}
