namespace OutcomesLab.Plotting;

/// <summary>Reads table numbers off a step function's rows at a given time (a lookup, not an estimate).</summary>
internal static class StepLookup
{
    private const double RelativeTolerance = 1e-9;

    /// <summary>
    /// At risk: the count of the first row with time ≥ <paramref name="time"/>, 0 after the last row.
    /// Events / censored: the sum over rows with time ≤ <paramref name="time"/>.
    /// </summary>
    public static double Read<T>(IReadOnlyList<T> rows, double time, RiskTableRows block, Func<T, double> timeOf, Func<T, double> atRisk, Func<T, double> events, Func<T, double> censored)
    {
        var eps = RelativeTolerance * Math.Max(1, Math.Abs(time));
        if (block == RiskTableRows.AtRisk)
        {
            foreach (var r in rows)
            {
                if (timeOf(r) >= time - eps)
                {
                    return atRisk(r);
                }
            }

            return 0;
        }

        var sum = 0.0;
        foreach (var r in rows)
        {
            if (timeOf(r) > time + eps)
            {
                break;
            }

            sum += block == RiskTableRows.Events ? events(r) : censored(r);
        }

        return sum;
    }
}
