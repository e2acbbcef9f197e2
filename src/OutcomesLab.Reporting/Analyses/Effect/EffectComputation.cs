using System.Globalization;
using OutcomesLab.EffectSizes;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The computation and table of <c>outcomeslab effect</c>, shared with the report's effect section: the
/// outcome of the two arms (rows with a missing outcome or arm dropped with a warning), then one effect
/// size — standardised mean differences as R <c>effectsize</c>, rank effect sizes, OR/RR/RD/NNT as metafor
/// <c>escalc</c> with Newcombe's interval for the risk difference.
/// </summary>
internal static class EffectComputation
{
    /// <summary>Splits the outcome by arm and computes the effect size; warnings (dropped rows, diagnostics) go to <paramref name="warn"/>.</summary>
    public static (EffectSizeResult Result, NntResult? Nnt) Compute(EffectSettings s, CohortTable table, Arms arms, Action<string> warn)
    {
        var values = s.IsBinary
            ? ColumnValues.Binary(table, s.Outcome, "outcome", s.EventValue)
            : ColumnValues.Numbers(table, s.Outcome, "outcome");

        var treatment = new List<double>();
        var control = new List<double>();
        var droppedLines = new List<int>();
        for (var i = 0; i < values.Length; i++)
        {
            if (arms.Code[i] == 0)
            {
                continue;
            }

            if (arms.Code[i] < 0 || double.IsNaN(values[i]))
            {
                droppedLines.Add(table.SourceLines[i]);
                continue;
            }

            (arms.Code[i] == 1 ? treatment : control).Add(values[i]);
        }

        if (droppedLines.Count > 0)
        {
            warn(DroppedRows.Message(droppedLines, $"the outcome \"{s.Outcome}\" or the arm \"{arms.Column}\" is missing"));
        }

        foreach (var (label, list) in new[] { (arms.Treatment, treatment), (arms.Control, control) })
        {
            var needed = s.IsBinary ? 1 : 2;
            if (list.Count < needed)
            {
                throw new InputException(new InputProblem(table.SourceFile, null, s.Outcome, $"at least {needed} non-missing outcome value{(needed == 1 ? "" : "s")} in arm \"{label}\"", list.Count.ToString(CultureInfo.InvariantCulture),
                    "Check the outcome column and the arm levels; rows with a missing outcome are dropped."));
            }
        }

        var (result, nnt) = Compute(s, treatment.ToArray(), control.ToArray());
        foreach (var d in result.Diagnostics)
        {
            warn(d.Message);
        }

        return (result, nnt);
    }

    private static (EffectSizeResult Result, NntResult? Nnt) Compute(EffectSettings s, double[] t, double[] c)
    {
        if (s.IsBinary)
        {
            var table = TwoByTwoTable.FromOutcomes(t.Select(v => v == 1).ToArray(), c.Select(v => v == 1).ToArray());
            var options = new TwoByTwoOptions
            {
                ConfidenceLevel = s.ConfidenceLevel,
                ContinuityCorrection = s.Correction,
                RiskDifferenceCi = s.CiMethod == "wald" ? RiskDifferenceCiMethod.Wald : RiskDifferenceCiMethod.NewcombeWilson,
                EventIsBeneficial = !s.HarmfulEvent,
            };
            switch (s.Measure)
            {
                case "odds-ratio": return (TwoByTwo.OddsRatio(table, options), null);
                case "risk-ratio": return (TwoByTwo.RiskRatio(table, options), null);
                case "risk-difference": return (TwoByTwo.RiskDifference(table, options), null);
                default:
                    var rd = TwoByTwo.RiskDifference(table, options);
                    var nnt = TwoByTwo.Nnt(rd, options);
                    return (new EffectSizeResult(EffectMeasure.NumberNeededToTreat, nnt.Estimate, nnt.Lower, nnt.Upper, nnt.ConfidenceLevel, rd.NTreatment, rd.NControl, double.NaN,
                        "1/RD with Altman's (1998) interval from the " + rd.Method, rd.Diagnostics), nnt);
            }
        }

        if (s.Measure is "rank-biserial")
        {
            return (RankEffectSizes.RankBiserial(t, c, s.ConfidenceLevel), null);
        }

        if (s.Measure is "cliffs-delta")
        {
            return (RankEffectSizes.CliffsDelta(t, c, s.ConfidenceLevel), null);
        }

        if (!EffectMeasureNames.TryParse(s.Measure, out var m))
        {
            throw new UsageException($"--measure \"{s.Measure}\" is not a measure.");
        }

        var smd = new SmdOptions { ConfidenceLevel = s.ConfidenceLevel, CiMethod = s.CiMethod == "normal" ? SmdCiMethod.Normal : SmdCiMethod.NoncentralT };
        return (StandardizedMeanDifference.Compute(m, t, c, smd), null);
    }

    public static string MeasureLabel(string key) => key switch
    {
        "cohens-d" => "Cohen's d",
        "hedges-g" => "Hedges' g",
        "glass-delta" => "Glass's delta",
        "cohens-d-unpooled" => "Cohen's d (unpooled SD)",
        "mean-difference" => "Mean difference",
        "rank-biserial" => "Rank-biserial correlation",
        "cliffs-delta" => "Cliff's delta",
        "odds-ratio" => "Odds ratio",
        "risk-ratio" => "Risk ratio",
        "risk-difference" => "Risk difference",
        _ => "NNT",
    };

    public static string Pct(double level) => (level * 100).ToString("0.##", CultureInfo.InvariantCulture);

    public static TextTable Table(EffectSizeResult r, NntResult? nnt, EffectSettings s, Arms arms, Func<int, string>? count = null, string? outcomeLabel = null) =>
        new(
            $"{MeasureLabel(r.MeasureKey)}, {arms.Treatment} vs {arms.Control}, {outcomeLabel ?? $"outcome {s.Outcome}"}",
            ["measure", "estimate", "lower", "upper", "conf_level", "n_treatment", "n_control", "method"],
            [[r.MeasureKey, NumberText.Short(r.Estimate, 6), NumberText.Short(r.Lower, 6), NumberText.Short(r.Upper, 6), NumberText.Short(r.ConfidenceLevel),
                (count ?? Int)(r.NTreatment), (count ?? Int)(r.NControl), nnt?.Description ?? r.Method]])
        {
            RightAligned = new HashSet<int> { 1, 2, 3, 4, 5, 6 },
        };

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
