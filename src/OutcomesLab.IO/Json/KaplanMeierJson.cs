using System.Text.Json;
using OutcomesLab.Survival;

namespace OutcomesLab.IO.Json;

/// <summary>
/// The JSON shape of a <see cref="KaplanMeierResult"/> (<c>outcomeslab km --format json</c>): the
/// variance used, one object per curve with n, events, median and quantiles with CIs, RMST, landmark
/// rows and the full table as R's <c>summary(survfit)</c> (plus cumhaz and std.chaz), and the RMST
/// difference of two arms.
/// </summary>
internal static class KaplanMeierJson
{
    /// <summary>Writes the result.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="options">The options it was fitted with (the RMST tau decides whether curves carry an rmst object).</param>
    /// <param name="difference">The RMST difference of two curves, or null.</param>
    /// <param name="suppressBelow">Primary small-cell suppression: counts in 1..K-1 are written as null; null for none.</param>
    /// <returns>The indented JSON text with a final newline.</returns>
    public static string Write(KaplanMeierResult fit, KaplanMeierOptions options, RmstComparison? difference, int? suppressBelow) => JsonOutput.Write(w =>
    {
        double? Count(double count) => suppressBelow is { } k && count > 0 && count < k ? null : count;
        w.WriteStartObject();
        if (suppressBelow is { } k)
        {
            w.WriteStartObject("suppression");
            w.WriteNumber("threshold", k);
            w.WriteString("rule", "counts 1..K-1 (n, events, n_risk, n_event, n_censor) are null; primary suppression only");
            w.WriteEndObject();
        }

        w.WriteString("variance", fit.VarianceUsed == KaplanMeierVariance.Robust ? "robust" : "greenwood");
        w.WriteStartArray("groups");
        foreach (var c in fit.Curves)
        {
            WriteCurve(w, c, options, Count);
        }

        w.WriteEndArray();
        if (difference is not null)
        {
            w.WriteStartObject("rmst_difference");
            w.Number("tau", difference.Tau);
            w.Interval(difference.Difference, difference.DifferenceLower, difference.DifferenceUpper);
            w.Number("p", difference.DifferenceP);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    });

    private static void WriteCurve(Utf8JsonWriter w, KaplanMeierCurve c, KaplanMeierOptions options, Func<double, double?> count)
    {
        w.WriteStartObject();
        w.WriteString("group", c.Group);
        w.Number("n", count(c.N));
        w.Number("events", count(c.Events));
        w.WriteStartObject("median");
        w.Interval(c.Median.Time, c.Median.Lower, c.Median.Upper);
        w.WriteEndObject();
        w.WriteStartArray("quantiles");
        foreach (var q in c.Quantiles)
        {
            w.WriteStartObject();
            w.Number("probability", q.Probability);
            w.Interval(q.Time, q.Lower, q.Upper);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (options.RmstTau is not null)
        {
            w.WriteStartObject("rmst");
            w.Number("tau", c.Rmst.Tau);
            w.Number("estimate", c.Rmst.Estimate);
            w.Number("se", c.Rmst.StandardError);
            w.WriteEndObject();
        }

        w.WriteStartArray("landmarks");
        foreach (var l in c.Landmarks)
        {
            w.WriteStartObject();
            w.Number("time", l.Time);
            w.Number("surv", l.Surv);
            w.Number("std_err", l.SeSurv / l.Surv);
            w.Number("se_surv", l.SeSurv);
            w.Number("lower", l.Lower);
            w.Number("upper", l.Upper);
            w.Number("n_risk", count(l.NRisk));
            w.Number("n_event", count(l.NEvent));
            w.Number("n_censor", count(l.NCensor));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("table");
        foreach (var r in c.Table)
        {
            w.WriteStartObject();
            w.Number("time", r.Time);
            w.Number("n_risk", count(r.NRisk));
            w.Number("n_event", count(r.NEvent));
            w.Number("n_censor", count(r.NCensor));
            w.Number("surv", r.Surv);
            w.Number("std_err", r.StdErr);
            w.Number("se_surv", r.SeSurv);
            w.Number("lower", r.Lower);
            w.Number("upper", r.Upper);
            w.Number("cumhaz", r.CumHaz);
            w.Number("std_chaz", r.StdCumHaz);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
