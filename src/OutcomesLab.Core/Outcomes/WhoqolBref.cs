namespace OutcomesLab.Outcomes;

/// <summary>
/// WHOQOL-BREF domain scores (WHOQOL Group, WHOQOL-BREF: Introduction, administration, scoring and
/// generic version of the assessment, WHO Geneva, December 1996; Table 3 SPSS syntax). Items
/// <c>q1</c>..<c>q26</c> are answered 1–5; q3, q4 and q26 are reverse-scored (6 − x). Domains:
/// physical (q3, q4, q10, q15, q16, q17, q18), psychological (q5, q6, q7, q11, q19, q26), social
/// (q20, q21, q22), environment (q8, q9, q12, q13, q14, q23, q24, q25). Domain score = mean of the
/// answered items × 4 (range 4–20), transformed to 0–100 as (score − 4) × 100/16. A questionnaire
/// with more than 20% of its 26 items missing (more than 5) is excluded. q1 (overall QoL) and q2
/// (overall health) are not part of any domain. Expressed as an <see cref="InstrumentDefinition"/>.
/// </summary>
public static class WhoqolBref
{
    /// <summary>The domain scale names: physical, psychological, social, environment.</summary>
    public static IReadOnlyList<string> Domains { get; } = ["physical", "psychological", "social", "environment"];

    /// <summary>The WHOQOL-BREF as a generic instrument definition.</summary>
    /// <param name="rule">The missing-item rule; default the WHO SPSS syntax.</param>
    /// <returns>The definition (items q1..q26, range 1–5).</returns>
    public static InstrumentDefinition Definition(WhoqolMissingRule rule = WhoqolMissingRule.SpssSyntax)
    {
        var manual = rule == WhoqolMissingRule.ManualSubstitution;
        var transform = new LinearTransform(4, 20, 0, 100);
        ScaleDefinition Domain(string name, int[] items, int spssMinimum, int manualMinimum) =>
            new(name, [.. items.Select(i => "q" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))], manual ? manualMinimum : spssMinimum, ScaleAggregation.Mean, 4.0, transform);

        return InstrumentDefinition.Create(
            "WHOQOL-BREF",
            [.. Enumerable.Range(1, 26).Select(i => "q" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            1,
            5,
            [
                Domain("physical", [3, 4, 10, 15, 16, 17, 18], 6, 5),
                Domain("psychological", [5, 6, 7, 11, 19, 26], 5, 4),
                Domain("social", [20, 21, 22], 2, 3),
                Domain("environment", [8, 9, 12, 13, 14, 23, 24, 25], 6, 6),
            ],
            reverseScored: ["q3", "q4", "q26"],
            maxMissingItems: 5,
            citation: "WHOQOL Group. WHOQOL-BREF: introduction, administration, scoring and generic version of the assessment. WHO, Geneva, 1996 (Table 3 SPSS syntax).");
    }

    /// <summary>Scores one WHOQOL-BREF questionnaire.</summary>
    /// <param name="responses">26 responses q1..q26 (1–5, null = missing).</param>
    /// <param name="rule">The missing-item rule; default the WHO SPSS syntax.</param>
    /// <returns>The four domain scores (4–20 in <see cref="ScaleScore.Score"/>, 0–100 in <see cref="ScaleScore.Transformed"/>).</returns>
    /// <exception cref="ArgumentException">Not 26 responses, or a response outside 1–5.</exception>
    public static InstrumentScore Score(IReadOnlyList<double?> responses, WhoqolMissingRule rule = WhoqolMissingRule.SpssSyntax) =>
        InstrumentScorer.Score(Definition(rule), responses);
}
