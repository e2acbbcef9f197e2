using System.Collections.Immutable;

namespace OutcomesLab.Survival;

/// <summary>
/// cmprsk's step-function representation of a CIF (the <c>time</c>, <c>est</c>, <c>var</c> vectors of a
/// <c>cuminc</c> curve): time 0 first; then every distinct time with an event of the cause twice
/// (value just before, value at the time); last, the group's largest follow-up time with the value carried forward.
/// </summary>
/// <param name="Time">Corner times.</param>
/// <param name="Estimate">CIF values at the corners.</param>
/// <param name="Variance">cmprsk delta-method variances at the corners.</param>
public sealed record CmprskSteps(
    ImmutableArray<double> Time,
    ImmutableArray<double> Estimate,
    ImmutableArray<double> Variance)
{
    /// <summary>
    /// Keeps the last corner of every distinct time: the right-continuous value at 0, at each event
    /// time of the cause and at the largest follow-up time.
    /// </summary>
    /// <returns>A new step record with one entry per distinct time.</returns>
    public CmprskSteps AtTimes()
    {
        var t = ImmutableArray.CreateBuilder<double>();
        var e = ImmutableArray.CreateBuilder<double>();
        var v = ImmutableArray.CreateBuilder<double>();
        for (var i = 0; i < Time.Length; i++)
        {
            if (i + 1 < Time.Length && Time[i + 1] == Time[i])
            {
                continue;
            }

            t.Add(Time[i]);
            e.Add(Estimate[i]);
            v.Add(Variance[i]);
        }

        return new CmprskSteps(t.ToImmutable(), e.ToImmutable(), v.ToImmutable());
    }
}
