using OutcomesLab.Survival;

namespace OutcomesLab.IO.Json;

/// <summary>
/// The JSON shape of a <see cref="CumulativeIncidenceResult"/> (<c>outcomeslab cif --format json</c>):
/// the CI settings, one curve per cause and group with its table (and the values at requested times),
/// and Gray's test per cause, as cmprsk's <c>cuminc</c>.
/// </summary>
internal static class CumulativeIncidenceJson
{
    /// <summary>Writes the result.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="times">Times at which every curve is also reported (<c>at_times</c>), or null.</param>
    /// <returns>The indented JSON text with a final newline.</returns>
    public static string Write(CumulativeIncidenceResult fit, double[]? times) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("conf_type", fit.Options.ConfidenceTransform switch
        {
            CifConfidenceTransform.LogLog => "log-log",
            CifConfidenceTransform.Plain => "plain",
            _ => "log",
        });
        w.Number("conf_level", fit.Options.ConfidenceLevel);
        w.WriteString("variance", fit.Options.VarianceMethod == CifVarianceMethod.Delta ? "delta" : "jackknife");
        w.WriteStartArray("causes");
        foreach (var c in fit.Curves)
        {
            w.WriteStartObject();
            w.WriteNumber("cause", c.Cause);
            w.WriteString("group", c.Group);
            w.WriteStartArray("table");
            foreach (var p in c.Points)
            {
                w.WriteStartObject();
                w.Number("time", p.Time);
                w.Number("estimate", p.Estimate);
                w.Number("std_err", p.StdErr);
                w.Number("lower", p.Lower);
                w.Number("upper", p.Upper);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (times is { Length: > 0 })
            {
                // The step function at each requested time (the last row at or before it, as cmprsk timepoints()).
                w.WriteStartArray("at_times");
                foreach (var t in times)
                {
                    var p = c.At(t);
                    w.WriteStartObject();
                    w.Number("time", t);
                    w.Number("estimate", p?.Estimate ?? 0);
                    w.Number("std_err", p?.StdErr ?? 0);
                    w.Number("lower", p?.Lower);
                    w.Number("upper", p?.Upper);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("gray_test");
        foreach (var g in fit.GrayTests.IsDefault ? [] : fit.GrayTests)
        {
            w.WriteStartObject();
            w.WriteNumber("cause", g.Cause);
            w.Number("statistic", g.Statistic);
            w.WriteNumber("df", g.DegreesOfFreedom);
            w.Number("p", g.PValue);
            w.Number("rho", g.Rho);
            w.WriteBoolean("stratified", g.Stratified);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
