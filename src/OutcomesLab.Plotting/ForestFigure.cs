using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using OutcomesLab.EffectSizes;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Plotting;

/// <summary>
/// Forest plots: Cox hazard ratios, the outcome-domain comparison and meta-analyses, with a line at
/// no effect, a log axis for ratios and aligned text columns of estimates and intervals (Lewis &amp;
/// Clarke, <i>BMJ</i> 2001;322:1479–80; metafor's <c>forest()</c>).
/// </summary>
public static class ForestFigure
{
    /// <summary>One row per Cox coefficient: hazard ratio with its confidence interval and p; an aliased coefficient (R's NA) gets its label and "aliased (NA)" without a marker.</summary>
    /// <param name="result">The Cox fit.</param>
    /// <param name="options">Labels and layout; null for the defaults.</param>
    /// <returns>The model.</returns>
    public static ForestModel FromCox(CoxResult result, ForestPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new ForestPlotOptions();
        var rows = result.Coefficients.Select(c => new ForestRow(
            ForestRowKind.Estimate,
            Label(options, c.Term),
            c.HazardRatio,
            c.HrLower,
            c.HrUpper,
            c.IsAliased ? (options.ShowP ? ["aliased (NA)", ""] : ["aliased (NA)"]) : Columns(options, $"{NumberFormat.Ratio(c.HazardRatio)} ({NumberFormat.Ratio(c.HrLower)}–{NumberFormat.Ratio(c.HrUpper)})", c.P))).ToImmutableArray();
        return Build(
            rows,
            log: true,
            nullValue: 1,
            options,
            "Hazard ratio (log scale)",
            "Term",
            [$"HR ({NumberFormat.Level(result.ConfidenceLevel)} CI)"],
            string.Create(CultureInfo.InvariantCulture, $"n = {result.N}, events = {result.Events}"));
    }

    /// <summary>
    /// One row per outcome, grouped under a heading per domain (in order of first appearance), on the
    /// common standardised scale oriented so that right of 0 favours the treatment; the text columns
    /// give the outcome's first natural effect and the oriented d.
    /// </summary>
    /// <param name="result">The domain comparison.</param>
    /// <param name="options">Labels and layout; null for the defaults (favours labels from the arm names).</param>
    /// <returns>The model.</returns>
    public static ForestModel FromDomainComparison(DomainComparisonResult result, ForestPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new ForestPlotOptions();
        options = options with
        {
            FavoursLeft = options.FavoursLeft ?? $"Favours {result.Control}",
            FavoursRight = options.FavoursRight ?? $"Favours {result.Treatment}",
        };
        var rows = ImmutableArray.CreateBuilder<ForestRow>();
        foreach (var domain in result.Outcomes.Select(o => o.Domain).Distinct())
        {
            rows.Add(new ForestRow(ForestRowKind.Header, DomainName(domain), double.NaN, double.NaN, double.NaN, []));
            foreach (var o in result.Outcomes.Where(o => o.Domain == domain))
            {
                var natural = o.NaturalEffects.IsDefaultOrEmpty ? null : o.NaturalEffects[0];
                var naturalText = natural is null ? "" : $"{Abbreviation(natural.Measure)} {Interval(natural.Estimate, natural.Lower, natural.Upper, natural.IsRatio)}";
                var d = $"{NumberFormat.Fixed(o.FavoursTreatment, 2)} ({NumberFormat.Fixed(o.FavoursTreatmentLower, 2)} to {NumberFormat.Fixed(o.FavoursTreatmentUpper, 2)})";
                rows.Add(new ForestRow(ForestRowKind.Estimate, Label(options, o.Name), o.FavoursTreatment, o.FavoursTreatmentLower, o.FavoursTreatmentUpper, Columns(options, naturalText, d, o.AdjustedPValue), Indent: true));
            }
        }

        string[] titles = ["Natural effect (CI)", $"d ({NumberFormat.Level(result.ConfidenceLevel)} CI)"];
        return Build(rows.ToImmutable(), log: false, nullValue: 0, options, "Standardised effect (d)", "Outcome", titles, options.ShowP ? $"p: adjusted for {result.Outcomes.Length} outcomes ({result.Adjustment}). Positive d favours {result.Treatment}." : null);
    }

    /// <summary>
    /// A meta-analysis: one row per study (square area proportional to its weight), the pooled
    /// diamond and, for random-effects models, the prediction interval, metafor's <c>forest(rma)</c>.
    /// </summary>
    /// <param name="result">The fitted model (pooled estimate, interval, prediction interval and weights).</param>
    /// <param name="yi">The study estimates the model was fitted to (analysis scale, e.g. log RR).</param>
    /// <param name="vi">Their sampling variances.</param>
    /// <param name="studies">Study labels.</param>
    /// <param name="exponentiate">Back-transform with exp (for log OR/RR/HR) and draw a log axis.</param>
    /// <param name="measure">The measure name for the column title (e.g. <c>RR</c>, <c>SMD</c>).</param>
    /// <param name="options">Labels and layout; null for the defaults.</param>
    /// <returns>The model.</returns>
    /// <remarks>Study intervals are yi ± z·sqrt(vi) with z the normal quantile of the model's confidence level, as metafor's forest draws them.</remarks>
    public static ForestModel FromMetaAnalysis(MetaAnalysisResult result, IReadOnlyList<double> yi, IReadOnlyList<double> vi, IReadOnlyList<string> studies, bool exponentiate, string measure, ForestPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(yi);
        ArgumentNullException.ThrowIfNull(vi);
        ArgumentNullException.ThrowIfNull(studies);
        if (yi.Count != vi.Count || yi.Count != studies.Count || yi.Count != result.WeightsPercent.Length)
        {
            throw new ArgumentException($"Expected one yi, vi and label per study of the model ({result.WeightsPercent.Length}); got {yi.Count}, {vi.Count} and {studies.Count}.", nameof(yi));
        }

        options ??= new ForestPlotOptions();
        Func<double, double> scale = exponentiate ? Math.Exp : v => v;
        var z = Normal.InvCDF(0, 1, 1 - ((1 - result.ConfidenceLevel) / 2));
        var maxWeight = result.WeightsPercent.Max();
        var rows = ImmutableArray.CreateBuilder<ForestRow>();
        for (var i = 0; i < yi.Count; i++)
        {
            var half = z * Math.Sqrt(vi[i]);
            double est = scale(yi[i]), lo = scale(yi[i] - half), hi = scale(yi[i] + half);
            rows.Add(new ForestRow(ForestRowKind.Estimate, Label(options, studies[i]), est, lo, hi, [Interval(est, lo, hi, exponentiate), Percent(result.WeightsPercent[i])], result.WeightsPercent[i] / maxWeight));
        }

        double pooled = scale(result.Estimate), pooledLo = scale(result.Lower), pooledHi = scale(result.Upper);
        var model = result.Method == MetaAnalysisMethod.FixedEffect ? "Fixed-effect model" : $"Random-effects model ({result.Method.ToString().ToUpperInvariant()})";
        rows.Add(new ForestRow(ForestRowKind.Summary, model, pooled, pooledLo, pooledHi, [Interval(pooled, pooledLo, pooledHi, exponentiate), "100%"]));
        if (double.IsFinite(result.PredictionLower))
        {
            double pLo = scale(result.PredictionLower), pHi = scale(result.PredictionUpper);
            rows.Add(new ForestRow(ForestRowKind.Prediction, "Prediction interval", double.NaN, pLo, pHi, [$"{Natural(pLo, exponentiate)} to {Natural(pHi, exponentiate)}", ""]));
        }

        var footnote = string.Create(CultureInfo.InvariantCulture, $"Heterogeneity: τ² = {result.Tau2:0.000}, I² = {result.I2:0}%, Q = {result.Q:0.00} (df = {result.QDegreesOfFreedom}, {NumberFormat.P(result.QPValue)}); overall {NumberFormat.P(result.PValue)}");
        return Build(rows.ToImmutable(), exponentiate, exponentiate ? 1 : 0, options with { ShowP = false }, exponentiate ? $"{measure} (log scale)" : measure, "Study", [$"{measure} ({NumberFormat.Level(result.ConfidenceLevel)} CI)", "Weight"], footnote);
    }

    /// <summary>Draws a forest model.</summary>
    /// <param name="model">The rows and scale.</param>
    /// <param name="preset">Layout and resolution; null for the double column.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(ForestModel model, FigurePreset? preset = null) => ForestRenderer.Render(model, preset ?? FigurePreset.JournalDouble);

    private static ForestModel Build(ImmutableArray<ForestRow> rows, bool log, double nullValue, ForestPlotOptions options, string xLabel, string labelTitle, IReadOnlyList<string> titles, string? footnote)
    {
        var (min, max, ticks) = ForestAxis.Range(rows, log, nullValue, options.XMin, options.XMax);
        ImmutableArray<string> columnTitles = options.ShowP ? [.. titles, "p"] : [.. titles];
        return new ForestModel(rows, log, nullValue, ticks, min, max, options.XLabel ?? xLabel, labelTitle, columnTitles, options.FavoursLeft, options.FavoursRight, footnote, options.Title);
    }

    private static string[] Columns(ForestPlotOptions options, string estimate, double p) => options.ShowP ? [estimate, PColumn(p)] : [estimate];

    private static string[] Columns(ForestPlotOptions options, string natural, string d, double p) => options.ShowP ? [natural, d, PColumn(p)] : [natural, d];

    private static string PColumn(double p) => NumberFormat.P(p).Replace("p = ", "", StringComparison.Ordinal).Replace("p ", "", StringComparison.Ordinal);

    private static string Label(ForestPlotOptions options, string name) => options.Labels is { } map && map.TryGetValue(name, out var label) ? label : name;

    private static string Natural(double v, bool ratio) => ratio ? NumberFormat.Ratio(v) : NumberFormat.Fixed(v, 2);

    private static string Interval(double est, double lo, double hi, bool ratio) => ratio
        ? $"{Natural(est, ratio)} ({Natural(lo, ratio)}–{Natural(hi, ratio)})"
        : $"{Natural(est, ratio)} ({Natural(lo, ratio)} to {Natural(hi, ratio)})";

    private static string Percent(double w) => w.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Abbreviation(EffectMeasure measure) => measure switch
    {
        EffectMeasure.MeanDifference => "MD",
        EffectMeasure.OddsRatio => "OR",
        EffectMeasure.RiskRatio => "RR",
        EffectMeasure.RiskDifference => "RD",
        EffectMeasure.HazardRatio => "HR",
        EffectMeasure.RmstDifference => "RMST diff.",
        EffectMeasure.HedgesG or EffectMeasure.PairedHedgesG => "g",
        _ => "d",
    };

    private static string DomainName(OutcomeDomain domain) => domain switch
    {
        OutcomeDomain.OpioidUse => "Opioid use",
        OutcomeDomain.OtherSubstanceUse => "Other substance use",
        OutcomeDomain.QualityOfLife => "Quality of life",
        OutcomeDomain.MentalHealth => "Mental health",
        OutcomeDomain.CriminalJustice => "Criminal justice",
        OutcomeDomain.PatientGoals => "Patient goals",
        _ => domain.ToString(),
    };
}
