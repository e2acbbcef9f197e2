using System.Globalization;
using OutcomesLab.EffectSizes;
using OutcomesLab.Inference;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The outcome-domain comparison of <c>outcomeslab compare</c> (<see cref="DomainComparison"/>) on a
/// cohort table already read, and its two tables; shared with the report's compare section.
/// </summary>
internal static class CompareComputation
{
    /// <summary>Compares the two arms on every outcome; dropped values and outcome caveats go to <paramref name="warn"/>.</summary>
    public static DomainComparisonResult Compare(CohortTable table, Arms arms, IReadOnlyList<OutcomeSpec> specs, PAdjustMethod adjust, double level, Action<string> warn)
    {
        var rows = Enumerable.Range(0, table.RowCount).Where(i => arms.Code[i] > 0).ToArray();
        var missingArm = Enumerable.Range(0, table.RowCount).Where(i => arms.Code[i] < 0).Select(i => table.SourceLines[i]).ToList();
        if (missingArm.Count > 0)
        {
            warn(DroppedRows.Message(missingArm, $"the arm \"{arms.Column}\" is missing"));
        }

        var labels = rows.Select(i => arms.Labels[i]!).ToList();
        var outcomeSpecs = new List<OutcomeSpecification>();
        foreach (var s in specs)
        {
            var (values, events) = Values(table, s);
            var v = rows.Select(i => values[i]).ToArray();
            var e = events is null ? null : rows.Select(i => events[i] == 1).ToArray();
            if (events is not null)
            {
                for (var r = 0; r < rows.Length; r++)
                {
                    if (double.IsNaN(events[rows[r]]))
                    {
                        v[r] = double.NaN;
                    }
                }
            }

            var missing = v.Count(double.IsNaN);
            if (missing > 0)
            {
                warn(string.Create(CultureInfo.InvariantCulture, $"outcome \"{s.Name}\": {missing} of {v.Length} subjects in the two arms have a missing value and are left out of this outcome."));
            }

            foreach (var code in new[] { 1, 2 })
            {
                var n = rows.Where((i, r) => arms.Code[i] == code && !double.IsNaN(v[r])).Count();
                var need = s.Type == OutcomeType.Continuous ? 2 : 1;
                if (n < need)
                {
                    var arm = code == 1 ? arms.Treatment : arms.Control;
                    throw new InputException(new InputProblem(table.SourceFile, null, s.Column ?? s.Time ?? s.TimeTo, $"at least {need} non-missing value{(need == 1 ? "" : "s")} of outcome \"{s.Name}\" in arm \"{arm}\"", n.ToString(CultureInfo.InvariantCulture), "Check the column named in the specification and the arm levels."));
                }
            }

            outcomeSpecs.Add(new OutcomeSpecification(s.Name, s.Domain, s.Type, s.Direction, v, e, s.RmstTau));
        }

        var result = DomainComparison.Compare(labels, arms.Treatment, arms.Control, outcomeSpecs, new DomainComparisonOptions { ConfidenceLevel = level, Adjustment = adjust });
        foreach (var o in result.Outcomes)
        {
            foreach (var d in o.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
            {
                warn($"outcome \"{o.Name}\": {d.Message}");
            }
        }

        return result;
    }

    public static string AdjustKey(PAdjustMethod m) => m switch
    {
        PAdjustMethod.Hochberg => "hochberg",
        PAdjustMethod.Hommel => "hommel",
        PAdjustMethod.Bonferroni => "bonferroni",
        PAdjustMethod.BenjaminiHochberg => "BH",
        PAdjustMethod.BenjaminiYekutieli => "BY",
        PAdjustMethod.None => "none",
        _ => "holm",
    };

    private static (double[] Values, double[]? Events) Values(CohortTable table, OutcomeSpec s)
    {
        switch (s.Type)
        {
            case OutcomeType.Continuous:
                return (ColumnValues.Numbers(table, s.Column!, $"outcome \"{s.Name}\""), null);
            case OutcomeType.Binary when s.EventWhenOperator is not null:
                var x = ColumnValues.Numbers(table, s.Column!, $"outcome \"{s.Name}\"");
                return (x.Select(v => double.IsNaN(v) ? double.NaN : Satisfies(v, s.EventWhenOperator, s.EventWhenThreshold) ? 1.0 : 0.0).ToArray(), null);
            case OutcomeType.Binary:
                return (ColumnValues.Binary(table, s.Column!, $"outcome \"{s.Name}\"", s.EventValue, "\"event-value\" in the specification"), null);
            default:
                var time = s.TimeFrom is null
                    ? ColumnValues.Numbers(table, s.Time!, $"time of \"{s.Name}\"")
                    : DateColumns.TimeBetween(table, s.TimeFrom, s.TimeTo!, s.TimeUnit);
                for (var i = 0; i < time.Length; i++)
                {
                    if (time[i] < 0)
                    {
                        throw new InputException(new InputProblem(table.SourceFile, table.SourceLines[i], s.Time, "a non-negative follow-up time", NumberText.RoundTrip(time[i]), "Times must not be negative: correct the value or list its code with --na."));
                    }
                }

                return (time, ColumnValues.Binary(table, s.Event!, $"event of \"{s.Name}\"", s.EventValue, "\"event-value\" in the specification"));
        }
    }

    private static bool Satisfies(double v, string op, double t) => op switch
    {
        ">=" => v >= t,
        ">" => v > t,
        "<=" => v <= t,
        "<" => v < t,
        "==" => v == t,
        _ => v != t,
    };

    /// <summary>"treatment" when the CI of the oriented d lies above 0, "control" when below, else "neither".</summary>
    public static string Favours(OutcomeComparison o) =>
        o.FavoursTreatmentLower > 0 ? "treatment" : o.FavoursTreatmentUpper < 0 ? "control" : "neither";

    private static string Ci(EffectSizeResult e) => $"{NumberText.Short(e.Estimate, 3)} ({NumberText.Short(e.Lower, 3)} to {NumberText.Short(e.Upper, 3)})";

    private static string Short(string key) => key switch
    {
        "mean-difference" => "MD",
        "risk-difference" => "RD",
        "risk-ratio" => "RR",
        "odds-ratio" => "OR",
        "hazard-ratio" => "HR",
        "rmst-difference" => "RMST diff",
        "hedges-g" => "g",
        _ => key,
    };

    public static List<TextTable> Tables(DomainComparisonResult r, Func<int, string>? count = null)
    {
        var c = count ?? (n => n.ToString(CultureInfo.InvariantCulture));
        var pct = (r.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        var main = r.Outcomes.Select(o => (IReadOnlyList<string>)
        [
            o.Name,
            OutcomeSpecFile.Kebab(o.Domain.ToString()),
            $"{c(o.NTreatment)}/{c(o.NControl)}",
            $"{Short(o.NaturalEffects[0].MeasureKey)} {Ci(o.NaturalEffects[0])}",
            $"{NumberText.Short(o.FavoursTreatment, 3)} ({NumberText.Short(o.FavoursTreatmentLower, 3)} to {NumberText.Short(o.FavoursTreatmentUpper, 3)})",
            NumberText.PValue(o.PValue),
            NumberText.PValue(o.AdjustedPValue),
            Favours(o),
        ]).ToList();
        var title = $"{r.Treatment} vs {r.Control}: {pct}% CIs; d oriented so that > 0 favours {r.Treatment}; p adjusted by {AdjustKey(r.Adjustment)}";
        var details = r.Outcomes.Select(o => (IReadOnlyList<string>)
        [
            o.Name,
            string.Join("; ", o.NaturalEffects.Skip(1).Select(e => $"{Short(e.MeasureKey)} {Ci(e)}")),
            o.Conversion,
            o.Test,
        ]).ToList();
        return
        [
            new TextTable(title, ["outcome", "domain", "n (T/C)", "natural effect", "d (favours T)", "p", "p adj", "favours"], main) { RightAligned = new HashSet<int> { 2, 5, 6 } },
            new TextTable("Other natural effects, conversion to d and test", ["outcome", "other effects", "conversion", "test"], details),
        ];
    }
}
