using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// SF-12 version 1 physical (PCS-12) and mental (MCS-12) component summaries by the published
/// algorithm: Ware JE, Kosinski M, Keller SD. A 12-Item Short-Form Health Survey: construction of
/// scales and preliminary tests of reliability and validity. Med Care 1996;34:220–233, and Ware,
/// Kosinski &amp; Keller, SF-12: How to score the SF-12 physical and mental health summary scales,
/// The Health Institute, Boston 1995. Items in questionnaire order: gh1 (1–5), pf02, pf04 (1–3), rp2,
/// rp3, re2, re3 (1 yes, 2 no), bp2 (1–5), mh3, vt2, mh4 (1–6, "all of the time" … "none of the
/// time"), sf2 (1–5). gh1, bp2, vt2 and mh3 are reversed (6 − x, 6 − x, 7 − x, 7 − x) so that higher
/// means better; each response category becomes an indicator weighted by the 1990 US
/// general-population regression weights; PCS = 56.57706 + Σ physical weights, MCS = 60.75781 + Σ
/// mental weights. The weights were checked against several independent public implementations
/// of the manual's SAS algorithm (Apolone &amp; Mosconi's SAS port in R, and others).
/// The algorithm has no missing-item rule: a respondent with any missing item gets no score.
/// SF-12 v2 response formats (role items on 5-point scales) are refused.
/// </summary>
public static class Sf12V1
{
    /// <summary>Item names in questionnaire order.</summary>
    public static IReadOnlyList<string> Items { get; } = ["gh1", "pf02", "pf04", "rp2", "rp3", "re2", "re3", "bp2", "mh3", "vt2", "mh4", "sf2"];

    private static readonly int[] MaxLevel = [5, 3, 3, 2, 2, 2, 2, 5, 6, 6, 6, 5];

    // Weights indexed by the ORIGINAL response (1-based); the manual's indicators are defined on the
    // recoded items, so reversed items appear here in reverse order. Reference categories weigh 0.
    private static readonly double[][] Physical =
    [
        [0, -1.31872, -3.02396, -5.56461, -8.37399],
        [-7.23216, -3.45555, 0],
        [-6.24397, -2.73557, 0],
        [-4.61617, 0],
        [-5.51747, 0],
        [3.04365, 0],
        [2.32091, 0],
        [0, -3.80130, -6.50522, -8.38063, -11.25544],
        [0, 0.66514, 1.36689, 2.37241, 2.90426, 3.46638],
        [0, -0.42251, -1.14387, -1.61850, -2.02168, -2.44706],
        [4.61446, 3.41593, 2.34247, 1.28044, 0.41188, 0],
        [-0.33682, -0.94342, -0.18043, 0.11038, 0],
    ];

    private static readonly double[][] Mental =
    [
        [0, -0.06064, 0.03482, -0.16891, -1.71175],
        [3.93115, 1.86840, 0],
        [2.68282, 1.43103, 0],
        [1.44060, 0],
        [1.66968, 0],
        [-6.82672, 0],
        [-5.69921, 0],
        [0, 0.90384, 1.49384, 1.76691, 1.48619],
        [0, -1.94949, -4.09842, -6.31121, -7.92717, -10.19085],
        [0, -0.92057, -1.65178, -3.29805, -4.88962, -6.02409],
        [-16.15395, -10.77911, -8.09914, -4.59055, -1.95934, 0],
        [-6.29724, -8.26066, -5.63286, -3.13896, 0],
    ];

    /// <summary>The PCS-12 constant (Ware et al. 1995).</summary>
    public const double PcsConstant = 56.57706;

    /// <summary>The MCS-12 constant (Ware et al. 1995).</summary>
    public const double McsConstant = 60.75781;

    /// <summary>Scores one SF-12 v1 questionnaire.</summary>
    /// <param name="responses">12 responses in <see cref="Items"/> order; null = missing.</param>
    /// <returns>PCS-12 and MCS-12, or nulls when an item is missing.</returns>
    /// <exception cref="ArgumentException">Not 12 responses; a response out of range (the message names the item and allowed values); or role items coded 3–5, i.e. the SF-12 v2 format, which needs the v2 algorithm and norms.</exception>
    public static Sf12Result Score(IReadOnlyList<double?> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Count != 12)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"SF-12 has 12 items ({string.Join(", ", Items)}); found {responses.Count} responses."), nameof(responses));
        }

        double pcs = PcsConstant, mcs = McsConstant;
        var missing = 0;
        for (var i = 0; i < 12; i++)
        {
            if (responses[i] is not { } x)
            {
                missing++;
                continue;
            }

            if (i is >= 3 and <= 6 && x is 3 or 4 or 5)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"item \"{Items[i]}\" is {x}: SF-12 v1 role items are answered 1 (yes) or 2 (no); values 1–5 are the SF-12 v2 format (\"all of the time\" … \"none of the time\"), which this v1 algorithm cannot score. Use SF-12 v2 scoring (QualityMetric) for v2 data."),
                    nameof(responses));
            }

            if (x != Math.Floor(x) || x < 1 || x > MaxLevel[i])
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"item \"{Items[i]}\" of SF-12 v1 is {x}; allowed values are whole numbers 1 to {MaxLevel[i]} (or missing)."),
                    nameof(responses));
            }

            pcs += Physical[i][(int)x - 1];
            mcs += Mental[i][(int)x - 1];
        }

        return missing > 0 ? new Sf12Result(null, null, missing) : new Sf12Result(pcs, mcs, 0);
    }
}
