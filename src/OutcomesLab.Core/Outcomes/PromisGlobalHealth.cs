using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// PROMIS Global Health v1.2 (Global-10) physical and mental summary scores: Hays RD, Bjorner JB,
/// Revicki DA, Spritzer KL, Cella D. Development of physical and mental health summary scores from the
/// Patient-Reported Outcomes Measurement Information System (PROMIS) global items. Qual Life Res
/// 2009;18:873–880, and the PROMIS Global Health scoring manual. Items global01..global10 are 1–5
/// except global07 (pain, 0–10), rescored 0 → 5, 1–3 → 4, 4–6 → 3, 7–9 → 2, 10 → 1; global08
/// (fatigue) and global10 (emotional problems) are reversed (6 − x). Physical raw = global03 + global06
/// + global07r + global08r; mental raw = global02 + global04 + global05 + global10r; raw 4–20 is
/// converted with the published look-up tables (checked against several public implementations of
/// the tables). A summary with any of its four items missing is not scored, as the tables require.
/// </summary>
public static class PromisGlobalHealth
{
    /// <summary>Item names in questionnaire order.</summary>
    public static IReadOnlyList<string> Items { get; } = ["global01", "global02", "global03", "global04", "global05", "global06", "global07", "global08", "global09", "global10"];

    private static readonly double[] PhysicalTable = [16.2, 19.9, 23.5, 26.7, 29.6, 32.4, 34.9, 37.4, 39.8, 42.3, 44.9, 47.7, 50.8, 54.1, 57.7, 61.9, 67.7];
    private static readonly double[] MentalTable = [21.2, 25.1, 28.4, 31.3, 33.8, 36.3, 38.8, 41.1, 43.5, 45.8, 48.3, 50.8, 53.3, 56.0, 59.0, 62.5, 67.6];

    /// <summary>The T score of a Global Physical Health raw score (Hays et al. 2009 table).</summary>
    /// <param name="raw">Raw score 4–20.</param>
    /// <returns>The T score.</returns>
    public static double PhysicalTScore(int raw) => Lookup(PhysicalTable, raw);

    /// <summary>The T score of a Global Mental Health raw score (Hays et al. 2009 table).</summary>
    /// <param name="raw">Raw score 4–20.</param>
    /// <returns>The T score.</returns>
    public static double MentalTScore(int raw) => Lookup(MentalTable, raw);

    /// <summary>The pain item rescoring 0–10 → 5..1 of the scoring manual.</summary>
    /// <param name="pain">Global07 response 0–10.</param>
    /// <returns>The rescored item 1–5.</returns>
    public static int RescorePain(int pain) => pain switch
    {
        0 => 5,
        >= 1 and <= 3 => 4,
        >= 4 and <= 6 => 3,
        >= 7 and <= 9 => 2,
        10 => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(pain), pain, "global07 (pain) must be a whole number 0 to 10."),
    };

    /// <summary>Scores one questionnaire.</summary>
    /// <param name="responses">10 responses in <see cref="Items"/> order; null = missing.</param>
    /// <returns>Raw and T scores of both summaries.</returns>
    /// <exception cref="ArgumentException">Not 10 responses, or a response out of range (the message names the item and allowed values).</exception>
    public static PromisGlobalResult Score(IReadOnlyList<double?> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Count != 10)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"PROMIS Global Health has 10 items ({string.Join(", ", Items)}); found {responses.Count} responses."), nameof(responses));
        }

        var v = new int?[10];
        for (var i = 0; i < 10; i++)
        {
            if (responses[i] is not { } x)
            {
                continue;
            }

            var max = i == 6 ? 10 : 5;
            var min = i == 6 ? 0 : 1;
            if (x != Math.Floor(x) || x < min || x > max)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"item \"{Items[i]}\" of PROMIS Global Health is {x}; allowed values are whole numbers {min} to {max} (or missing)."), nameof(responses));
            }

            v[i] = (int)x;
        }

        int? physical = v[2] is { } g3 && v[5] is { } g6 && v[6] is { } g7 && v[7] is { } g8 ? g3 + g6 + RescorePain(g7) + (6 - g8) : null;
        int? mental = v[1] is { } g2 && v[3] is { } g4 && v[4] is { } g5 && v[9] is { } g10 ? g2 + g4 + g5 + (6 - g10) : null;
        return new PromisGlobalResult(physical, physical is { } p ? PhysicalTScore(p) : null, mental, mental is { } m ? MentalTScore(m) : null);
    }

    private static double Lookup(double[] table, int raw) =>
        raw is >= 4 and <= 20 ? table[raw - 4] : throw new ArgumentOutOfRangeException(nameof(raw), raw, "A PROMIS Global Health raw summary score is 4 to 20.");
}
