using OutcomesLab.Survival.Cox;

namespace OutcomesLab.IO.Json;

/// <summary>
/// The JSON shape of a <see cref="CoxResult"/> (<c>outcomeslab cox --format json</c>): sizes, ties,
/// log-likelihoods, the coefficient table as R's <c>summary(coxph)</c>, the likelihood-ratio, Wald
/// and score tests, the concordance, the proportional-hazards test (R's <c>cox.zph</c>) when given,
/// and the diagnostics.
/// </summary>
internal static class CoxJson
{
    /// <summary>Writes the result.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="zph">The proportional-hazards test, or null.</param>
    /// <returns>The indented JSON text with a final newline.</returns>
    public static string Write(CoxResult fit, CoxPhTestResult? zph) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("n", fit.N);
        w.WriteNumber("events", fit.Events);
        w.WriteString("ties", fit.Ties == TieMethod.Efron ? "efron" : "breslow");
        w.WriteNumber("iterations", fit.Iterations);
        w.Number("loglik_null", fit.LogLikNull);
        w.Number("loglik", fit.LogLik);
        w.WriteStartArray("coefficients");
        foreach (var c in fit.Coefficients)
        {
            w.WriteStartObject();
            w.WriteString("term", c.Term);
            w.WriteBoolean("aliased", c.IsAliased);
            w.Number("coef", c.Coef);
            w.Number("se", c.Se);
            w.Number("robust_se", c.RobustSe);
            w.Number("hr", c.HazardRatio);
            w.Number("hr_lower", c.HrLower);
            w.Number("hr_upper", c.HrUpper);
            w.Number("z", c.Z);
            w.Number("p", c.P);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("tests");
        w.ChiSquareTest("likelihood_ratio", fit.LikelihoodRatio.ChiSquare, fit.LikelihoodRatio.Df, fit.LikelihoodRatio.P);
        w.ChiSquareTest("wald", fit.Wald.ChiSquare, fit.Wald.Df, fit.Wald.P);
        w.ChiSquareTest("score", fit.Score.ChiSquare, fit.Score.Df, fit.Score.P);
        if (fit.RobustScore is { } robustScore)
        {
            w.ChiSquareTest("robust_score", robustScore.ChiSquare, robustScore.Df, robustScore.P);
        }

        w.WriteEndObject();
        w.WriteStartObject("concordance");
        w.Number("estimate", fit.Concordance.Estimate);
        w.Number("se", fit.Concordance.Se);
        w.WriteEndObject();
        if (zph is not null)
        {
            w.WriteStartObject("ph_test");
            w.WriteStartArray("terms");
            foreach (var t in zph.Terms)
            {
                w.WriteStartObject();
                w.WriteString("term", t.Term);
                w.Number("chisq", t.ChiSquare);
                w.WriteNumber("df", t.Df);
                w.Number("p", t.P);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.ChiSquareTest("global", zph.Global.ChiSquare, zph.Global.Df, zph.Global.P);
            w.WriteEndObject();
        }

        w.Diagnostics(fit.Diagnostics);
        w.WriteEndObject();
    });
}
