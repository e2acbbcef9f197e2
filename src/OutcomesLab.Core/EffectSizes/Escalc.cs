using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// Study-level effect sizes for meta-analysis, as metafor's <c>escalc</c> (Viechtbauer 2010):
/// <c>measure = "OR"</c>, <c>"RR"</c>, <c>"RD"</c> from 2×2 tables and <c>"SMD"</c> from group summaries.
/// </summary>
public static class Escalc
{
    /// <summary>
    /// Log OR, log RR or RD per table with vᵢ = 1/a+1/b+1/c+1/d, 1/a−1/n₁+1/c−1/n₂ or
    /// p₁(1−p₁)/n₁+p₂(1−p₂)/n₂, adding <paramref name="amount"/> to all cells of a table as
    /// <paramref name="correction"/> says (metafor defaults <c>add = 1/2, to = "only0"</c>).
    /// </summary>
    /// <param name="measure"><see cref="EffectMeasure.OddsRatio"/>, <see cref="EffectMeasure.RiskRatio"/> or <see cref="EffectMeasure.RiskDifference"/>.</param>
    /// <param name="tables">One table per study.</param>
    /// <param name="correction">When to add the correction.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>yᵢ and vᵢ.</returns>
    public static EscalcResult FromTables(EffectMeasure measure, IReadOnlyList<TwoByTwoTable> tables, ContinuityCorrection correction = ContinuityCorrection.IfAnyZero, double amount = 0.5)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var y = ImmutableArray.CreateBuilder<double>(tables.Count);
        var v = ImmutableArray.CreateBuilder<double>(tables.Count);
        foreach (var t in tables)
        {
            var (yi, vi) = TwoByTwo.LogScale(measure, t, correction, amount);
            y.Add(yi);
            v.Add(vi);
        }

        return new EscalcResult(measure, y.MoveToImmutable(), v.MoveToImmutable(),
            string.Create(CultureInfo.InvariantCulture, $"metafor escalc(\"{EffectMeasureNames.Key(measure)}\"), add = {amount}, to = {correction}"));
    }

    /// <summary>
    /// Bias-corrected standardised mean difference (metafor <c>measure = "SMD"</c>): yᵢ = J(m)·d with
    /// d = (m₁ − m₂)/s_p, m = n₁ + n₂ − 2 and the exact J (Hedges 1981), and the large-sample variance
    /// vᵢ = 1/n₁ + 1/n₂ + yᵢ²/(2(n₁ + n₂)) (metafor's default <c>vtype = "LS"</c>).
    /// </summary>
    /// <param name="treatment">Treatment summary per study.</param>
    /// <param name="control">Control summary per study.</param>
    /// <returns>yᵢ and vᵢ.</returns>
    public static EscalcResult StandardizedMeanDifference(IReadOnlyList<GroupSummary> treatment, IReadOnlyList<GroupSummary> control)
    {
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(control);
        if (treatment.Count != control.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{treatment.Count} treatment and {control.Count} control summaries: expected one of each per study."), nameof(control));
        }

        var y = ImmutableArray.CreateBuilder<double>(treatment.Count);
        var v = ImmutableArray.CreateBuilder<double>(treatment.Count);
        for (var i = 0; i < treatment.Count; i++)
        {
            var a = treatment[i];
            var b = control[i];
            double n1 = a.Count, n2 = b.Count, m = n1 + n2 - 2;
            var sp = Math.Sqrt((((n1 - 1) * a.Variance) + ((n2 - 1) * b.Variance)) / m);
            var g = EffectSizes.StandardizedMeanDifference.HedgesCorrection(m) * (a.Mean - b.Mean) / sp;
            y.Add(g);
            v.Add((1 / n1) + (1 / n2) + (g * g / (2 * (n1 + n2))));
        }

        return new EscalcResult(EffectMeasure.HedgesG, y.MoveToImmutable(), v.MoveToImmutable(), "metafor escalc(\"SMD\"): exact-J Hedges' g, vtype = \"LS\"");
    }
}
