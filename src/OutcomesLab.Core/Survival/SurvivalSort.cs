namespace OutcomesLab.Survival;

/// <summary>
/// Sorting helpers shared by the survival kernels: subjects are ordered once by a block code
/// (group or stratum, counting sort) and by time within block (<see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/>).
/// </summary>
internal static class SurvivalSort
{
    /// <summary>
    /// Orders subjects by <paramref name="codes"/> (0..levels-1) and, within a code, by ascending time.
    /// </summary>
    /// <param name="codes">Block code per subject, or null for a single block.</param>
    /// <param name="levels">Number of blocks.</param>
    /// <param name="times">Time per subject.</param>
    /// <param name="order">Subject indices in sorted order.</param>
    /// <param name="sortedTimes">Times in sorted order.</param>
    /// <returns>Block offsets: block b occupies [offsets[b], offsets[b+1]).</returns>
    public static int[] ByBlockThenTime(ReadOnlySpan<int> codes, int levels, ReadOnlySpan<double> times, out int[] order, out double[] sortedTimes)
    {
        var n = times.Length;
        var offsets = new int[levels + 1];
        order = new int[n];
        sortedTimes = new double[n];
        if (codes.IsEmpty)
        {
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            times.CopyTo(sortedTimes);
            offsets[1] = n;
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                offsets[codes[i] + 1]++;
            }

            for (var b = 0; b < levels; b++)
            {
                offsets[b + 1] += offsets[b];
            }

            var next = (int[])offsets.Clone();
            for (var i = 0; i < n; i++)
            {
                var pos = next[codes[i]]++;
                order[pos] = i;
                sortedTimes[pos] = times[i];
            }
        }

        for (var b = 0; b < levels; b++)
        {
            var len = offsets[b + 1] - offsets[b];
            if (len > 1)
            {
                Array.Sort(sortedTimes, order, offsets[b], len);
            }
        }

        return offsets;
    }
}
