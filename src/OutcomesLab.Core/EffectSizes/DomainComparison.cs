using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using OutcomesLab.Inference;
using OutcomesLab.Survival;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// Compares two arms on many patient-important outcomes at once and puts them on one standardised,
/// consistently oriented scale (the engine behind <c>outcomeslab compare</c>). Pure: plain arrays in, a
/// record out. Per outcome type:
/// <list type="bullet">
/// <item>Continuous: mean difference (Student t interval) and Hedges' g (common scale, no conversion); p from Welch's t test.</item>
/// <item>Binary: RD (Newcombe), RR (Katz), OR (Woolf); d = log OR·√3/π (Hasselblad &amp; Hedges 1995); p from Fisher's exact test.</item>
/// <item>Time-to-event: Peto's log-rank hazard ratio exp((O − E)/V) with SE 1/sqrt(V) (Yusuf et al. 1985) from
/// <see cref="LogRankTest"/>, and the RMST difference from <see cref="KaplanMeierResult.CompareRmst"/>;
/// d = log HR·√3/π (treating the log HR as a log OR, a rough approximation when events are common);
/// p from the log-rank test. A Cox-model HR is not used here.</item>
/// </list>
/// The standardised d is positive when the treatment has higher scores / more events / a higher event rate;
/// <see cref="OutcomeComparison.FavoursTreatment"/> multiplies it by −1 for <see cref="OutcomeDirection.LowerIsBetter"/>,
/// so positive always means benefit. p-values are adjusted across outcomes with <see cref="PValueAdjustment"/>.
/// </summary>
public static class DomainComparison
{
    /// <summary>Runs the comparison.</summary>
    /// <param name="arms">Arm label per subject (null labels are not allowed; subjects in other arms are ignored).</param>
    /// <param name="treatment">Treatment arm label.</param>
    /// <param name="control">Control arm label.</param>
    /// <param name="outcomes">The outcomes, each with one value per subject.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>One row per outcome.</returns>
    /// <exception cref="ArgumentException">An outcome has the wrong length, a binary value is not 0/1, a time-to-event outcome lacks events, or an arm has no subjects.</exception>
    public static DomainComparisonResult Compare(IReadOnlyList<string> arms, string treatment, string control, IReadOnlyList<OutcomeSpecification> outcomes, DomainComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(outcomes);
        options ??= DomainComparisonOptions.Default;
        if (string.Equals(treatment, control, StringComparison.Ordinal))
        {
            throw new ArgumentException("The treatment and control levels must differ.", nameof(control));
        }

        var inT = arms.Select(a => string.Equals(a, treatment, StringComparison.Ordinal)).ToArray();
        var inC = arms.Select(a => string.Equals(a, control, StringComparison.Ordinal)).ToArray();
        if (!inT.Any(x => x) || !inC.Any(x => x))
        {
            throw new ArgumentException(Fmt($"No subject has arm '{(inT.Any(x => x) ? control : treatment)}': check the treatment and control levels."), nameof(arms));
        }

        var rows = new List<OutcomeComparison>(outcomes.Count);
        foreach (var o in outcomes)
        {
            ArgumentNullException.ThrowIfNull(o);
            if (o.Values is null || o.Values.Count != arms.Count)
            {
                throw new ArgumentException(Fmt($"Outcome '{o.Name}' has {o.Values?.Count ?? 0} values but there are {arms.Count} subjects: give one value per subject (NaN for missing)."), nameof(outcomes));
            }

            rows.Add(o.Type switch
            {
                OutcomeType.Continuous => Continuous(o, inT, inC, options),
                OutcomeType.Binary => Binary(o, inT, inC, options),
                OutcomeType.TimeToEvent => TimeToEvent(o, arms, inT, inC, treatment, control, options),
                _ => throw new ArgumentOutOfRangeException(nameof(outcomes), o.Type, "Unknown outcome type."),
            });
        }

        var adjusted = PValueAdjustment.Adjust(rows.Select(r => r.PValue).ToArray(), options.Adjustment);
        var final = rows.Select((r, i) => r with { AdjustedPValue = adjusted[i] }).ToImmutableArray();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (rows.Count > 1)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "multiplicity", Fmt($"p-values adjusted across {rows.Count} outcomes with {options.Adjustment}.")));
        }

        return new DomainComparisonResult(treatment, control, final, options.Adjustment, options.ConfidenceLevel, diagnostics.ToImmutable());
    }

    private static (double[] T, double[] C) Split(OutcomeSpecification o, bool[] inT, bool[] inC)
    {
        var t = new List<double>();
        var c = new List<double>();
        for (var i = 0; i < inT.Length; i++)
        {
            var v = o.Values[i];
            if (double.IsNaN(v))
            {
                continue;
            }

            if (inT[i])
            {
                t.Add(v);
            }
            else if (inC[i])
            {
                c.Add(v);
            }
        }

        return (t.ToArray(), c.ToArray());
    }

    private static OutcomeComparison Continuous(OutcomeSpecification o, bool[] inT, bool[] inC, DomainComparisonOptions options)
    {
        var (t, c) = Split(o, inT, inC);
        var smd = new SmdOptions { ConfidenceLevel = options.ConfidenceLevel, CiMethod = options.SmdCiMethod };
        var md = StandardizedMeanDifference.Compute(EffectMeasure.MeanDifference, t, c, smd);
        var g = StandardizedMeanDifference.Compute(EffectMeasure.HedgesG, t, c, smd);
        var test = TTest.Welch(t, c);
        return Row(o, t.Length, c.Length, [md, g], g, "Hedges' g computed directly (no conversion)", test.Method, test.PValue, ImmutableArray<Diagnostic>.Empty);
    }

    private static OutcomeComparison Binary(OutcomeSpecification o, bool[] inT, bool[] inC, DomainComparisonOptions options)
    {
        var (t, c) = Split(o, inT, inC);
        foreach (var v in t.Concat(c))
        {
            if (v != 0 && v != 1)
            {
                throw new ArgumentException(Fmt($"Outcome '{o.Name}' is binary but has the value {v}: code events as 1 and non-events as 0 (NaN for missing)."), nameof(o));
            }
        }

        var table = new TwoByTwoTable((int)t.Sum(), t.Length - (int)t.Sum(), (int)c.Sum(), c.Length - (int)c.Sum());
        var tbo = new TwoByTwoOptions { ConfidenceLevel = options.ConfidenceLevel, ContinuityCorrection = options.ContinuityCorrection, EventIsBeneficial = o.Direction == OutcomeDirection.HigherIsBetter };
        var rd = TwoByTwo.RiskDifference(table, tbo);
        var rr = TwoByTwo.RiskRatio(table, tbo);
        var or = TwoByTwo.OddsRatio(table, tbo);
        var conv = EffectSizeConversion.LogOddsRatioToD(Math.Log(or.Estimate), Math.Log(or.Lower), Math.Log(or.Upper));
        var d = new EffectSizeResult(EffectMeasure.CohensD, conv.Estimate, conv.Lower, conv.Upper, options.ConfidenceLevel, table.N1, table.N2, or.StandardError / EffectSizeConversion.LogisticScale, conv.Conversion, or.Diagnostics);
        var fisher = FisherExactTest.Compute(table, options.ConfidenceLevel);
        var chi = ChiSquareTest.Compute(table, yates: false);
        return Row(o, table.N1, table.N2, [rd, rr, or], d, conv.Conversion + "; assumes " + conv.Assumption, "Fisher's exact test (two-sided, R fisher.test)", fisher.PValue, or.Diagnostics.AddRange(chi.Diagnostics.Where(x => x.Code != "small-expected-count")));
    }

    private static OutcomeComparison TimeToEvent(OutcomeSpecification o, IReadOnlyList<string> arms, bool[] inT, bool[] inC, string treatment, string control, DomainComparisonOptions options)
    {
        if (o.Events is null || o.Events.Count != arms.Count)
        {
            throw new ArgumentException(Fmt($"Time-to-event outcome '{o.Name}' needs one event indicator per subject in Events."), nameof(o));
        }

        var times = new List<double>();
        var events = new List<bool>();
        var groups = new List<string>();
        for (var i = 0; i < arms.Count; i++)
        {
            if ((inT[i] || inC[i]) && !double.IsNaN(o.Values[i]))
            {
                times.Add(o.Values[i]);
                events.Add(o.Events[i]);
                groups.Add(arms[i]);
            }
        }

        var sample = SurvivalSample.Create(times, events, groups, options: new SurvivalSampleOptions(GroupLevels: [control, treatment]));
        var lr = LogRankTest.Compute(sample, new LogRankOptions { ComputePairwise = false });
        var ti = lr.Groups.IndexOf(treatment);
        var ome = lr.ObservedMinusExpected[ti];
        var v = lr.Variance[ti][ti];
        var z = Normal.InvCDF(0, 1, 1 - ((1 - options.ConfidenceLevel) / 2));
        var logHr = ome / v;
        var se = 1 / Math.Sqrt(v);
        int nt = groups.Count(g => g == treatment), nc = groups.Count - nt;
        var hr = new EffectSizeResult(EffectMeasure.HazardRatio, Math.Exp(logHr), Math.Exp(logHr - (z * se)), Math.Exp(logHr + (z * se)), options.ConfidenceLevel, nt, nc, se,
            "Peto log-rank hazard ratio exp((O − E)/V), SE 1/sqrt(V) (Yusuf et al. 1985); not a Cox model", lr.Diagnostics);
        var km = KaplanMeier.Fit(sample, new KaplanMeierOptions { ConfidenceLevel = options.ConfidenceLevel, RmstTau = o.RmstTau });
        var rc = km.CompareRmst(treatment, control);
        var rmst = new EffectSizeResult(EffectMeasure.RmstDifference, rc.Difference, rc.DifferenceLower, rc.DifferenceUpper, options.ConfidenceLevel, nt, nc, rc.DifferenceSe,
            Fmt($"RMST difference up to tau = {rc.Tau:R} (Kaplan–Meier areas, survRM2 rmst2)"), ImmutableArray<Diagnostic>.Empty);
        var conv = EffectSizeConversion.LogOddsRatioToD(logHr, logHr - (z * se), logHr + (z * se));
        var d = new EffectSizeResult(EffectMeasure.CohensD, conv.Estimate, conv.Lower, conv.Upper, options.ConfidenceLevel, nt, nc, se / EffectSizeConversion.LogisticScale,
            "d = log HR·√3/π", ImmutableArray<Diagnostic>.Empty);
        var diag = ImmutableArray.Create(new Diagnostic(DiagnosticSeverity.Info, "hr-to-d-approximation", "The hazard ratio was put on the d scale as if it were an odds ratio (log HR·√3/π); this is approximate, especially when most subjects have the event."));
        return Row(o, nt, nc, [hr, rmst], d, "d = log HR·√3/π (log HR treated as a log OR; Hasselblad & Hedges 1995): approximate", "log-rank test (R survdiff)", lr.PValue, diag);
    }

    private static OutcomeComparison Row(OutcomeSpecification o, int nt, int nc, ImmutableArray<EffectSizeResult> natural, EffectSizeResult d, string conversion, string test, double p, ImmutableArray<Diagnostic> diagnostics)
    {
        var sign = o.Direction == OutcomeDirection.HigherIsBetter ? 1.0 : -1.0;
        var lo = sign > 0 ? d.Lower : -d.Upper;
        var hi = sign > 0 ? d.Upper : -d.Lower;
        return new OutcomeComparison(o.Name, o.Domain, o.Type, o.Direction, nt, nc, natural, d, conversion, sign * d.Estimate, lo, hi, test, p, double.NaN, diagnostics);
    }

    private static string Fmt(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
