namespace OutcomesLab.Internal;

/// <summary>Mid-ranks (average ranks for ties, R's <c>rank(ties.method = "average")</c>) and tie counts.</summary>
internal static class Ranking
{
    /// <summary>1-based mid-ranks of <paramref name="values"/>; also returns Σ(t³ − t) over tie groups.</summary>
    public static double[] MidRanks(ReadOnlySpan<double> values, out double tieSum)
    {
        var n = values.Length;
        var order = new int[n];
        var v = values.ToArray();
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => v[a].CompareTo(v[b]));
        var ranks = new double[n];
        tieSum = 0;
        var k = 0;
        while (k < n)
        {
            var j = k;
            while (j + 1 < n && v[order[j + 1]] == v[order[k]])
            {
                j++;
            }

            var mid = ((k + 1) + (j + 1)) / 2.0;
            for (var m = k; m <= j; m++)
            {
                ranks[order[m]] = mid;
            }

            double t = j - k + 1;
            tieSum += (t * t * t) - t;
            k = j + 1;
        }

        return ranks;
    }
}
