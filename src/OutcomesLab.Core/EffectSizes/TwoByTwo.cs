using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using OutcomesLab.Inference;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// Effect sizes of a 2×2 table (treatment row over control row): odds ratio with Woolf's (1955)
/// log interval, risk ratio with Katz et al.'s (1978) log interval, risk difference with
/// Newcombe's (1998) hybrid score or the Wald interval, and the number needed to treat with
/// Altman's (1998) interval. The Wald quantities equal metafor's <c>escalc</c> (<c>measure = "OR"</c>,
/// <c>"RR"</c>, <c>"RD"</c>) including its continuity correction.
/// </summary>
public static class TwoByTwo
{
    /// <summary>All effect sizes and tests of a table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The analysis.</returns>
    public static TwoByTwoResult Analyze(TwoByTwoTable table, TwoByTwoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= TwoByTwoOptions.Default;
        var rd = RiskDifference(table, options);
        var chiY = ChiSquareTest.Compute(table, yates: true);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(chiY.Diagnostics);
        if (Corrected(table, options))
        {
            diagnostics.Add(CorrectionDiagnostic(options));
        }

        return new TwoByTwoResult(
            table,
            OddsRatio(table, options),
            RiskRatio(table, options),
            rd,
            Nnt(rd, options),
            FisherExactTest.Compute(table, options.ConfidenceLevel),
            chiY,
            ChiSquareTest.Compute(table, yates: false),
            ChiSquareTest.ExpectedCounts(table),
            options,
            diagnostics.ToImmutable());
    }

    /// <summary>Odds ratio ad/(bc) with Woolf's interval exp(log OR ± z·sqrt(1/a + 1/b + 1/c + 1/d)), after the continuity correction if one applies.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The OR; <see cref="EffectSizeResult.StandardError"/> is the SE of log OR.</returns>
    public static EffectSizeResult OddsRatio(TwoByTwoTable table, TwoByTwoOptions? options = null)
        => Ratio(EffectMeasure.OddsRatio, table, options ?? TwoByTwoOptions.Default);

    /// <summary>Risk ratio p₁/p₂ with Katz's interval exp(log RR ± z·sqrt(1/a − 1/n₁ + 1/c − 1/n₂)), after the continuity correction if one applies.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The RR; <see cref="EffectSizeResult.StandardError"/> is the SE of log RR.</returns>
    public static EffectSizeResult RiskRatio(TwoByTwoTable table, TwoByTwoOptions? options = null)
        => Ratio(EffectMeasure.RiskRatio, table, options ?? TwoByTwoOptions.Default);

    /// <summary>
    /// Risk difference p₁ − p₂. The Newcombe interval (default) uses the raw counts:
    /// [RD − sqrt((p₁ − l₁)² + (u₂ − p₂)²), RD + sqrt((u₁ − p₁)² + (p₂ − l₂)²)] with Wilson limits
    /// (l, u) (Newcombe 1998, method 10). The Wald interval uses the (possibly corrected) counts as metafor.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The RD.</returns>
    public static EffectSizeResult RiskDifference(TwoByTwoTable table, TwoByTwoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= TwoByTwoOptions.Default;
        StandardizedMeanDifference.ValidateLevel(options.ConfidenceLevel);
        var z = Z(options.ConfidenceLevel);
        if (options.RiskDifferenceCi == RiskDifferenceCiMethod.Wald)
        {
            var (yi, vi) = LogScale(EffectMeasure.RiskDifference, table, options.ContinuityCorrection, options.CorrectionAmount);
            var se = Math.Sqrt(vi);
            var diags = Corrected(table, options) ? ImmutableArray.Create(CorrectionDiagnostic(options)) : ImmutableArray<Diagnostic>.Empty;
            return new EffectSizeResult(EffectMeasure.RiskDifference, yi, yi - (z * se), yi + (z * se), options.ConfidenceLevel, table.N1, table.N2, se,
                "risk difference, Wald interval (metafor escalc \"RD\")" + CorrectionText(table, options), diags);
        }

        var p1 = table.P1;
        var p2 = table.P2;
        var (l1, u1) = Wilson(table.A, table.N1, z);
        var (l2, u2) = Wilson(table.C, table.N2, z);
        var rd = p1 - p2;
        var lo = rd - Math.Sqrt(((p1 - l1) * (p1 - l1)) + ((u2 - p2) * (u2 - p2)));
        var hi = rd + Math.Sqrt(((u1 - p1) * (u1 - p1)) + ((p2 - l2) * (p2 - l2)));
        return new EffectSizeResult(EffectMeasure.RiskDifference, rd, lo, hi, options.ConfidenceLevel, table.N1, table.N2, double.NaN,
            "risk difference, Newcombe hybrid Wilson score interval (Newcombe 1998, method 10)", ImmutableArray<Diagnostic>.Empty);
    }

    /// <summary>Wilson's (1927) score interval for a binomial proportion x/n, without continuity correction.</summary>
    /// <param name="x">Events.</param>
    /// <param name="n">Trials.</param>
    /// <param name="z">Normal quantile.</param>
    /// <returns>(lower, upper).</returns>
    public static (double Lower, double Upper) Wilson(int x, int n, double z)
    {
        double p = (double)x / n, z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n)));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>Number needed to treat from a risk difference result, with Altman's (1998) interval.</summary>
    /// <param name="riskDifference">A <see cref="EffectMeasure.RiskDifference"/> result.</param>
    /// <param name="options">Options (only <see cref="TwoByTwoOptions.EventIsBeneficial"/> is used); null for the defaults.</param>
    /// <returns>The NNT.</returns>
    public static NntResult Nnt(EffectSizeResult riskDifference, TwoByTwoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(riskDifference);
        options ??= TwoByTwoOptions.Default;
        var rd = riskDifference.Estimate;
        double rdLo = riskDifference.Lower, rdHi = riskDifference.Upper;
        var sign = options.EventIsBeneficial ? 1.0 : -1.0;
        var est = 1 / rd;
        var isBenefit = sign * rd > 0;
        var crosses = rdLo <= 0 && rdHi >= 0;
        double lower, upper, benefit, harm;
        if (crosses)
        {
            lower = 1 / rdLo;
            upper = 1 / rdHi;
            benefit = options.EventIsBeneficial ? upper : -lower;
            harm = options.EventIsBeneficial ? -lower : upper;
        }
        else
        {
            lower = Math.Min(1 / rdLo, 1 / rdHi);
            upper = Math.Max(1 / rdLo, 1 / rdHi);
            var beneficialSide = sign * rd > 0;
            benefit = beneficialSide ? Math.Abs(1 / (sign > 0 ? rdHi : rdLo)) : double.NaN;
            harm = beneficialSide ? double.NaN : Math.Abs(1 / (sign > 0 ? rdLo : rdHi));
        }

        var pct = (options.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        string Label(double signedNnt) => (sign * signedNnt > 0 ? "NNTB " : "NNTH ") + Math.Abs(signedNnt).ToString("0.#", CultureInfo.InvariantCulture);
        var estText = double.IsInfinity(est) ? "NNT ∞" : Label(est);
        string ci;
        if (crosses)
        {
            ci = $"NNTH {harm.ToString("0.#", CultureInfo.InvariantCulture)} to ∞ to NNTB {benefit.ToString("0.#", CultureInfo.InvariantCulture)}";
        }
        else
        {
            var a = 1 / rdHi;
            var b = 1 / rdLo;
            ci = $"{Label(Math.Abs(a) < Math.Abs(b) ? a : b)} to {Label(Math.Abs(a) < Math.Abs(b) ? b : a)}";
        }

        return new NntResult(est, isBenefit, lower, upper, crosses, benefit, harm, riskDifference.ConfidenceLevel, riskDifference, $"{estText} ({pct}% CI: {ci}) (Altman 1998)");
    }

    /// <summary>
    /// metafor's <c>escalc</c> value and sampling variance for one table: yᵢ = log OR, log RR or RD and
    /// vᵢ as in the metafor documentation, after adding <paramref name="amount"/> to all cells when
    /// <paramref name="correction"/> says so. Infinite or undefined values are returned as NaN (metafor's NA).
    /// </summary>
    /// <param name="measure"><see cref="EffectMeasure.OddsRatio"/>, <see cref="EffectMeasure.RiskRatio"/> or <see cref="EffectMeasure.RiskDifference"/>.</param>
    /// <param name="table">The table.</param>
    /// <param name="correction">When to add the correction (metafor <c>to</c>).</param>
    /// <param name="amount">The amount (metafor <c>add</c>).</param>
    /// <returns>(yᵢ, vᵢ).</returns>
    public static (double Yi, double Vi) LogScale(EffectMeasure measure, TwoByTwoTable table, ContinuityCorrection correction = ContinuityCorrection.IfAnyZero, double amount = 0.5)
    {
        ArgumentNullException.ThrowIfNull(table);
        var add = correction == ContinuityCorrection.Always || (correction == ContinuityCorrection.IfAnyZero && table.HasZeroCell) ? amount : 0;
        double a = table.A + add, b = table.B + add, c = table.C + add, d = table.D + add;
        double n1 = a + b, n2 = c + d, p1 = a / n1, p2 = c / n2;
        double yi, vi;
        switch (measure)
        {
            case EffectMeasure.OddsRatio:
                yi = Math.Log(a * d / (b * c));
                vi = (1 / a) + (1 / b) + (1 / c) + (1 / d);
                break;
            case EffectMeasure.RiskRatio:
                yi = Math.Log(p1 / p2);
                vi = (1 / a) - (1 / n1) + (1 / c) - (1 / n2);
                break;
            case EffectMeasure.RiskDifference:
                yi = p1 - p2;
                vi = (p1 * (1 - p1) / n1) + (p2 * (1 - p2) / n2);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "Expected OddsRatio, RiskRatio or RiskDifference.");
        }

        return (double.IsFinite(yi) ? yi : double.NaN, double.IsFinite(vi) ? vi : double.NaN);
    }

    private static EffectSizeResult Ratio(EffectMeasure measure, TwoByTwoTable table, TwoByTwoOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        StandardizedMeanDifference.ValidateLevel(options.ConfidenceLevel);
        var (yi, vi) = LogScale(measure, table, options.ContinuityCorrection, options.CorrectionAmount);
        var z = Z(options.ConfidenceLevel);
        var se = Math.Sqrt(vi);
        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        if (Corrected(table, options))
        {
            diags.Add(CorrectionDiagnostic(options));
        }

        double est = Math.Exp(yi), lo = Math.Exp(yi - (z * se)), hi = Math.Exp(yi + (z * se));
        if (double.IsNaN(yi))
        {
            // no correction and a zero cell: report the raw ratio, no interval
            est = measure == EffectMeasure.OddsRatio ? (double)table.A * table.D / ((double)table.B * table.C) : table.P1 / table.P2;
            diags.Add(new Diagnostic(DiagnosticSeverity.Warning, "zero-cell", "A zero cell makes the log ratio infinite or undefined; no interval without a continuity correction."));
        }

        var name = measure == EffectMeasure.OddsRatio
            ? "odds ratio ad/(bc), Woolf (1955) log interval"
            : "risk ratio p₁/p₂, Katz et al. (1978) log interval";
        return new EffectSizeResult(measure, est, lo, hi, options.ConfidenceLevel, table.N1, table.N2, se, name + CorrectionText(table, options), diags.ToImmutable());
    }

    private static bool Corrected(TwoByTwoTable t, TwoByTwoOptions o)
        => o.CorrectionAmount != 0 && (o.ContinuityCorrection == ContinuityCorrection.Always || (o.ContinuityCorrection == ContinuityCorrection.IfAnyZero && t.HasZeroCell));

    private static string CorrectionText(TwoByTwoTable t, TwoByTwoOptions o)
        => Corrected(t, o) ? string.Create(CultureInfo.InvariantCulture, $"; {o.CorrectionAmount} added to every cell") : string.Empty;

    private static Diagnostic CorrectionDiagnostic(TwoByTwoOptions o)
        => new(DiagnosticSeverity.Info, "continuity-correction", string.Create(CultureInfo.InvariantCulture, $"{o.CorrectionAmount} was added to every cell ({o.ContinuityCorrection}) before computing Wald-type OR, RR and RD."));

    private static double Z(double level) => Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
}
