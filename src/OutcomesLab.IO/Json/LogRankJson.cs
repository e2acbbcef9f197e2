using OutcomesLab.Survival;

namespace OutcomesLab.IO.Json;

/// <summary>
/// The JSON shape of a <see cref="LogRankResult"/> (<c>outcomeslab logrank --format json</c>): the
/// overall chi-square, df and p, observed and expected per group as R's <c>survdiff</c>, and when
/// asked the test for trend and the pairwise comparisons with adjusted p-values.
/// </summary>
internal static class LogRankJson
{
    /// <summary>Writes the result.</summary>
    /// <param name="test">The test.</param>
    /// <param name="options">The options it was computed with (whether pairwise comparisons are shown).</param>
    /// <param name="trend">The test for trend to show, or null.</param>
    /// <returns>The indented JSON text with a final newline.</returns>
    public static string Write(LogRankResult test, LogRankOptions options, LogRankTrendTest? trend) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.Number("chisq", test.ChiSquare);
        w.WriteNumber("df", test.DegreesOfFreedom);
        w.Number("p", test.PValue);
        w.WriteStartArray("groups");
        for (var g = 0; g < test.Groups.Length; g++)
        {
            w.WriteStartObject();
            w.WriteString("group", test.Groups[g]);
            w.WriteNumber("n", test.N[g]);
            w.Number("observed", test.Observed[g]);
            w.Number("expected", test.Expected[g]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (trend is not null)
        {
            w.WriteStartObject("trend");
            w.Numbers("scores", trend.Scores);
            w.Number("statistic", trend.Statistic);
            w.Number("variance", trend.Variance);
            w.Number("chisq", trend.ChiSquare);
            w.WriteNumber("df", 1);
            w.Number("p", trend.PValue);
            w.WriteEndObject();
        }

        if (options.ComputePairwise && !test.Pairwise.IsDefaultOrEmpty)
        {
            w.WriteStartArray("pairwise");
            foreach (var p in test.Pairwise)
            {
                w.WriteStartObject();
                w.WriteString("group1", p.Group1);
                w.WriteString("group2", p.Group2);
                w.Number("chisq", p.ChiSquare);
                w.WriteNumber("df", p.DegreesOfFreedom);
                w.Number("p", p.PValue);
                w.Number("p_adjusted", p.AdjustedPValue);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    });
}
