using OutcomesLab.EffectSizes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The JSON shape of <see cref="DomainComparisonResult"/> (<c>outcomeslab compare --format json</c>).</summary>
internal static class DomainComparisonJson
{
    /// <summary>The JSON of a domain comparison: arms, level and adjustment, then per outcome its natural effects, the common standardised d (also oriented so that &gt; 0 favours the treatment), the test, p and adjusted p.</summary>
    /// <param name="r">The comparison.</param>
    /// <returns>The indented JSON text.</returns>
    public static string Write(DomainComparisonResult r) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("treatment", r.Treatment);
        w.WriteString("control", r.Control);
        w.WriteNumber("conf_level", r.ConfidenceLevel);
        w.WriteString("adjust", CompareComputation.AdjustKey(r.Adjustment));
        w.WriteStartArray("outcomes");
        foreach (var o in r.Outcomes)
        {
            var natural = o.NaturalEffects[0];
            w.WriteStartObject();
            w.WriteString("name", o.Name);
            w.WriteString("domain", OutcomeSpecFile.Kebab(o.Domain.ToString()));
            w.WriteString("type", OutcomeSpecFile.TypeKey(o.Type));
            w.WriteString("direction", OutcomeSpecFile.DirectionKey(o.Direction));
            w.WriteNumber("n_treatment", o.NTreatment);
            w.WriteNumber("n_control", o.NControl);
            w.WriteString("measure", natural.MeasureKey);
            w.Number("estimate", natural.Estimate);
            w.Number("lower", natural.Lower);
            w.Number("upper", natural.Upper);
            w.WriteStartArray("natural_effects");
            foreach (var e in o.NaturalEffects)
            {
                w.WriteStartObject();
                w.WriteString("measure", e.MeasureKey);
                w.Number("estimate", e.Estimate);
                w.Number("lower", e.Lower);
                w.Number("upper", e.Upper);
                w.WriteString("method", e.Method);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.Number("d", o.StandardizedEffect.Estimate);
            w.Number("d_lower", o.StandardizedEffect.Lower);
            w.Number("d_upper", o.StandardizedEffect.Upper);
            w.WriteString("conversion", o.Conversion);
            w.Number("d_oriented", o.FavoursTreatment);
            w.Number("d_oriented_lower", o.FavoursTreatmentLower);
            w.Number("d_oriented_upper", o.FavoursTreatmentUpper);
            w.WriteString("test", o.Test);
            w.Number("p", o.PValue);
            w.Number("p_adjusted", o.AdjustedPValue);
            w.WriteString("favours", CompareComputation.Favours(o));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
