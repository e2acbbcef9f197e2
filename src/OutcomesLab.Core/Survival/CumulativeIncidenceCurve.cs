using System.Collections.Immutable;

namespace OutcomesLab.Survival;

/// <summary>
/// The cumulative incidence function F_k(t) = Σ_{t_i ≤ t} Ŝ(t_i−)·d_{k,i}/n_i of one cause in one group
/// (Aalen–Johansen; Ŝ is the all-cause Kaplan–Meier estimate of the group).
/// </summary>
/// <param name="Group">Group label.</param>
/// <param name="Cause">Cause code.</param>
/// <param name="Name">cmprsk's curve name, <c>"&lt;group&gt; &lt;cause&gt;"</c>.</param>
/// <param name="Points">One row per distinct time of the group (event of any cause or censoring), ascending.</param>
/// <param name="Steps">cmprsk's step-function vectors exactly as <c>cuminc()</c> returns them (<c>time</c>, <c>est</c>, <c>var</c>).</param>
public sealed record CumulativeIncidenceCurve(
    string Group,
    int Cause,
    string Name,
    ImmutableArray<CumulativeIncidencePoint> Points,
    CmprskSteps Steps)
{
    /// <summary>The right-continuous value of the curve at <paramref name="time"/> (0 before the first time).</summary>
    /// <param name="time">Any time.</param>
    /// <returns>The last row at or before <paramref name="time"/>, or null when <paramref name="time"/> precedes every row.</returns>
    public CumulativeIncidencePoint? At(double time)
    {
        CumulativeIncidencePoint? last = null;
        foreach (var p in Points)
        {
            if (p.Time > time)
            {
                break;
            }

            last = p;
        }

        return last;
    }
}
