using OutcomesLab.EffectSizes;

namespace OutcomesLab.IO.Json;

/// <summary>
/// The JSON shape of an <see cref="EffectSizeResult"/> (<c>outcomeslab effect --format json</c>):
/// measure, estimate with CI, confidence level and arm sizes, and for a number needed to treat
/// whether its interval crosses infinity and whether it is one of benefit or harm.
/// </summary>
internal static class EffectSizeJson
{
    /// <summary>Writes the result.</summary>
    /// <param name="r">The effect size.</param>
    /// <param name="nnt">The number needed to treat it was turned into, or null.</param>
    /// <returns>The indented JSON text with a final newline.</returns>
    public static string Write(EffectSizeResult r, NntResult? nnt) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("measure", r.MeasureKey);
        w.Interval(r.Estimate, r.Lower, r.Upper);
        w.WriteNumber("conf_level", r.ConfidenceLevel);
        w.WriteNumber("n_treatment", r.NTreatment);
        w.WriteNumber("n_control", r.NControl);

        // The JSON contract has exactly these keys; an NNT whose interval crosses
        // infinity cannot be read without knowing which side is benefit and which is harm.
        if (nnt is not null)
        {
            w.WriteBoolean("crosses_infinity", nnt.CrossesInfinity);
            w.WriteString("nnt_type", nnt.IsBenefit ? "benefit" : "harm");
            w.WriteString("description", nnt.Description);
        }

        w.WriteEndObject();
    });
}
