using System.Collections.Immutable;

namespace OutcomesLab.Survival;

/// <summary>Kaplan–Meier curves, one per group or group × stratum (R <c>survfit(Surv(time, status) ~ group + strata(z))</c>).</summary>
/// <param name="Curves">One curve per non-empty group level (or group × stratum combination, labelled <c>"group, stratum"</c>), in level order; a single curve labelled <c>"all"</c> without groups and strata.</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Caveats: merged times, groups without events, medians not reached, empty group levels.</param>
public sealed record KaplanMeierResult(
    ImmutableArray<KaplanMeierCurve> Curves,
    KaplanMeierOptions Options,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The variance behind every standard error and CI of the curves (<see cref="KaplanMeierOptions.Variance"/>
    /// resolved: <see cref="KaplanMeierVariance.Greenwood"/> or <see cref="KaplanMeierVariance.Robust"/>).
    /// </summary>
    public KaplanMeierVariance VarianceUsed { get; init; } = KaplanMeierVariance.Greenwood;

    /// <summary>The curve of group <paramref name="group"/>.</summary>
    /// <param name="group">The group label.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="KeyNotFoundException">No curve has that label.</exception>
    public KaplanMeierCurve this[string group]
    {
        get
        {
            foreach (var c in Curves)
            {
                if (string.Equals(c.Group, group, StringComparison.Ordinal))
                {
                    return c;
                }
            }

            throw new KeyNotFoundException($"No Kaplan–Meier curve for group \"{group}\"; the groups are {string.Join(", ", Curves.Select(c => c.Group))}.");
        }
    }

    /// <summary>
    /// Compares restricted mean survival times of two curves at their common tau, as survRM2's
    /// <c>rmst2</c> (arm 1 = <paramref name="group"/>, arm 0 = <paramref name="reference"/>).
    /// </summary>
    /// <param name="group">The compared group.</param>
    /// <param name="reference">The reference group.</param>
    /// <returns>Difference and ratio with confidence intervals and two-sided p-values.</returns>
    public RmstComparison CompareRmst(string group, string reference)
        => RmstComparison.Compute(this[group], this[reference], Options.ConfidenceLevel);
}
