
namespace OutcomesLab.Outcomes;

/// <summary>
/// Jacobson–Truax reliable change index (Jacobson NS, Truax P. J Consult Clin Psychol 1991;59:12–19)
/// and Maassen's variant (Maassen GH. J Clin Exp Neuropsychol 2004;26:888–893): RCI = (x₂ − x₁)/S_diff;
/// a change is reliable when |RCI| exceeds the critical value (1.96 for 95%). Categories: recovered
/// (reliable improvement ending past the clinical cut-off), improved, unchanged, deteriorated.
/// </summary>
public static class ReliableChange
{
    /// <summary>Classifies one person's change.</summary>
    /// <param name="baseline">Baseline score.</param>
    /// <param name="followUp">Follow-up score.</param>
    /// <param name="sdBaseline">Baseline SD of the reference sample.</param>
    /// <param name="reliability">Test–retest or internal-consistency reliability r (0 ≤ r &lt; 1).</param>
    /// <param name="method">S_diff formula; default Jacobson–Truax.</param>
    /// <param name="sdFollowUp">Follow-up SD (required by <see cref="ReliableChangeMethod.Maassen"/>).</param>
    /// <param name="cutoff">Clinical cut-off for "recovered" (e.g. Jacobson–Truax criterion c), or null.</param>
    /// <param name="higherIsBetter">Direction of benefit.</param>
    /// <param name="critical">Critical |RCI|; default 1.96.</param>
    /// <returns>The change, S_diff, RCI and category.</returns>
    /// <exception cref="ArgumentException">Non-finite scores, SD ≤ 0, reliability outside [0, 1), or Maassen without <paramref name="sdFollowUp"/>.</exception>
    public static ReliableChangeResult Classify(
        double baseline,
        double followUp,
        double sdBaseline,
        double reliability,
        ReliableChangeMethod method = ReliableChangeMethod.JacobsonTruax,
        double? sdFollowUp = null,
        double? cutoff = null,
        bool higherIsBetter = true,
        double critical = 1.96)
    {
        if (!double.IsFinite(baseline) || !double.IsFinite(followUp))
        {
            throw new ArgumentException("baseline and followUp must be finite numbers.", nameof(baseline));
        }

        if (!(sdBaseline > 0) || !double.IsFinite(sdBaseline))
        {
            throw new ArgumentOutOfRangeException(nameof(sdBaseline), sdBaseline, "The baseline SD must be a positive number.");
        }

        if (!(reliability >= 0 && reliability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), reliability, "Reliability must be in [0, 1).");
        }

        double sdiff;
        if (method == ReliableChangeMethod.Maassen)
        {
            if (sdFollowUp is not { } sd2 || !(sd2 > 0))
            {
                throw new ArgumentException("Maassen's variant needs the follow-up SD (sdFollowUp > 0).", nameof(sdFollowUp));
            }

            sdiff = Math.Sqrt(((sdBaseline * sdBaseline) + (sd2 * sd2)) * (1 - reliability));
        }
        else
        {
            sdiff = Math.Sqrt(2) * sdBaseline * Math.Sqrt(1 - reliability);
        }

        var change = followUp - baseline;
        var rci = change / sdiff;
        var better = higherIsBetter ? rci : -rci;
        ReliableChangeCategory category;
        if (better > critical)
        {
            var crossed = cutoff is { } c && (higherIsBetter ? followUp > c : followUp < c);
            category = crossed ? ReliableChangeCategory.Recovered : ReliableChangeCategory.Improved;
        }
        else
        {
            category = better < -critical ? ReliableChangeCategory.Deteriorated : ReliableChangeCategory.Unchanged;
        }

        return new ReliableChangeResult(change, sdiff, rci, category);
    }
}
