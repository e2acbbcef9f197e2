using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Survival;

/// <summary>
/// Aalen–Johansen cumulative incidence functions per group and cause, the all-cause event-free
/// probability per group, and Gray's test per cause: the combined output of R's
/// <c>cmprsk::cuminc()</c> and multi-state <c>survival::survfit()</c>. The record is the summary table.
/// </summary>
/// <param name="Groups">The group labels that have subjects, in factor-level order (cmprsk drops empty levels); <c>"1"</c> when the sample has no groups (as cuminc labels it).</param>
/// <param name="Causes">The causes present in the whole sample, ascending.</param>
/// <param name="Curves">One curve per cause × group, cause-major as cmprsk orders them (<c>"F 1"</c>, <c>"M 1"</c>, <c>"F 2"</c>, ...).</param>
/// <param name="EventFree">One all-cause Kaplan–Meier curve per group (the entry state <c>(s0)</c> of survfit).</param>
/// <param name="GrayTests">Gray's test per cause when there are two or more groups and <see cref="CumulativeIncidenceOptions.GrayTest"/> is set; empty otherwise.</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Caveats: groups without events of a cause, empty group levels, singular Gray covariance, merged times.</param>
public sealed record CumulativeIncidenceResult(
    ImmutableArray<string> Groups,
    ImmutableArray<int> Causes,
    ImmutableArray<CumulativeIncidenceCurve> Curves,
    ImmutableArray<EventFreeCurve> EventFree,
    ImmutableArray<GrayTestResult> GrayTests,
    CumulativeIncidenceOptions Options,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The curve of <paramref name="cause"/> in <paramref name="group"/>.</summary>
    /// <param name="group">A label of <see cref="Groups"/>.</param>
    /// <param name="cause">A code of <see cref="Causes"/>.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentException">No such group or cause.</exception>
    public CumulativeIncidenceCurve Curve(string group, int cause)
    {
        foreach (var c in Curves)
        {
            if (c.Cause == cause && string.Equals(c.Group, group, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"No curve for group \"{group}\" and cause {cause}. Groups: {string.Join(", ", Groups)}; causes: {string.Join(", ", Causes)}."),
            nameof(group));
    }

    /// <summary>The cumulative incidence curve of <paramref name="cause"/> when the sample has no groups.</summary>
    /// <param name="cause">A code of <see cref="Causes"/>.</param>
    /// <returns>The curve of the only group.</returns>
    public CumulativeIncidenceCurve Curve(int cause) => Curve(Groups[0], cause);
}
