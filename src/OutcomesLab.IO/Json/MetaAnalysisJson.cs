using OutcomesLab.EffectSizes;

namespace OutcomesLab.IO.Json;

/// <summary>
/// The JSON shape of a <see cref="MetaAnalysisResult"/> (<c>outcomeslab meta --format json</c>): the
/// pooled estimate, test, CI and prediction interval, heterogeneity (tau2, I2, H2, Q) as metafor's
/// <c>rma</c>, the back-transformed values of a ratio measure, and each study's yi, vi and weight.
/// </summary>
internal static class MetaAnalysisJson
{
    /// <summary>Writes the result.</summary>
    /// <param name="f">The fit.</param>
    /// <param name="key">The effect-size measure (metafor's <c>measure</c>).</param>
    /// <param name="ratio">Whether the measure is a ratio pooled on the log scale.</param>
    /// <param name="escalcMethod">How the study effect sizes were computed.</param>
    /// <param name="studies">Label, effect size and sampling variance of each study, in the order of the fit's weights.</param>
    /// <returns>The indented JSON text with a final newline.</returns>
    public static string Write(MetaAnalysisResult f, string key, bool ratio, string escalcMethod, IReadOnlyList<(string Label, double Yi, double Vi)> studies) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("measure", key);
        w.WriteString("scale", ratio ? "log" : "identity");
        w.WriteString("method", MethodKey(f.Method));
        w.WriteString("test", f.Test == MetaAnalysisTest.Z ? "z" : "knha");
        w.WriteNumber("k", f.K);
        w.Number("estimate", f.Estimate);
        w.Number("se", f.StandardError);
        w.Number("statistic", f.Statistic);
        w.Number("df", f.DegreesOfFreedom);
        w.Number("p", f.PValue);
        w.Number("ci_lower", f.Lower);
        w.Number("ci_upper", f.Upper);
        w.Number("pi_lower", f.PredictionLower);
        w.Number("pi_upper", f.PredictionUpper);
        w.WriteNumber("conf_level", f.ConfidenceLevel);
        w.Number("tau2", f.Tau2);
        w.Number("se_tau2", f.Tau2StandardError);
        w.Number("I2", f.I2);
        w.Number("H2", f.H2);
        w.Number("Q", f.Q);
        w.WriteNumber("Q_df", f.QDegreesOfFreedom);
        w.Number("Q_p", f.QPValue);
        w.WriteNumber("iterations", f.Iterations);
        w.WriteBoolean("converged", f.Converged);
        if (ratio)
        {
            w.Number("exp_estimate", Math.Exp(f.Estimate));
            w.Number("exp_ci_lower", Math.Exp(f.Lower));
            w.Number("exp_ci_upper", Math.Exp(f.Upper));
            w.Number("exp_pi_lower", Math.Exp(f.PredictionLower));
            w.Number("exp_pi_upper", Math.Exp(f.PredictionUpper));
        }

        w.WriteString("effect_sizes", escalcMethod);
        w.WriteStartArray("studies");
        for (var j = 0; j < studies.Count; j++)
        {
            w.WriteStartObject();
            w.WriteString("study", studies[j].Label);
            w.Number("yi", studies[j].Yi);
            w.Number("vi", studies[j].Vi);
            w.Number("weight_percent", f.WeightsPercent[j]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The short name of the heterogeneity estimator, as metafor's <c>method</c>: FE, DL or REML.</summary>
    /// <param name="m">The method.</param>
    /// <returns>The name.</returns>
    public static string MethodKey(MetaAnalysisMethod m) => m switch
    {
        MetaAnalysisMethod.FixedEffect => "FE",
        MetaAnalysisMethod.DerSimonianLaird => "DL",
        _ => "REML",
    };
}
