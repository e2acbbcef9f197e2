using OutcomesLab.Outcomes;

namespace OutcomesLab.IO.Json;

/// <summary>
/// The JSON shape of a <see cref="UdsSummaryResult"/> (<c>outcomeslab uds --format json</c>): the
/// substances, weeks and rules of the UDS words, and per group the negative weeks, proportions,
/// longest negative run, relapse, final abstinence and dropout counts.
/// </summary>
internal static class UdsSummaryJson
{
    /// <summary>Writes the summary.</summary>
    /// <param name="s">The summary.</param>
    /// <param name="w">The options the UDS words were built with.</param>
    /// <param name="missing">How missing weeks were read, as named on the command line.</param>
    /// <returns>The indented JSON text with a final newline.</returns>
    public static string Write(UdsSummaryResult s, UdsWordOptions w, string missing) => JsonOutput.Write(j =>
    {
        var o = s.Options;
        j.WriteStartObject();
        j.Strings("substances", w.Substances);
        j.WriteNumber("first_week", w.FirstWeek);
        j.WriteNumber("last_week", w.LastWeek);
        j.WriteString("missing", missing);
        j.WriteNumber("relapse_weeks", o.RelapseWeeks);
        j.WriteNumber("relapse_from_week", o.RelapseFromWeek);
        j.WriteNumber("final_weeks", o.FinalWeeks);
        j.WriteNumber("dropout_weeks", o.DropoutWeeks);
        j.WriteStartArray("groups");
        foreach (var g in s.Summaries)
        {
            j.WriteStartObject();
            j.WriteString("group", g.Group);
            j.WriteNumber("n", g.N);
            j.WriteNumber("negative_weeks", g.NegativeWeeks);
            j.WriteNumber("counted_weeks", g.CountedWeeks);
            j.Number("proportion_negative", g.ProportionNegative);
            j.Number("mean_patient_proportion_negative", g.MeanPatientProportionNegative);
            j.WriteNumber("n_ever_positive", g.NEverPositive);
            j.Number("median_longest_negative_run", g.MedianLongestNegativeRun);
            j.WriteNumber("n_relapsed", g.NRelapsed);
            j.WriteNumber("n_abstinent_final", g.NAbstinentFinal);
            j.WriteNumber("n_dropout", g.NDropout);
            j.WriteEndObject();
        }

        j.WriteEndArray();
        j.WriteEndObject();
    });
}
