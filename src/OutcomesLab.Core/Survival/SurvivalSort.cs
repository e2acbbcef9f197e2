using System.Buffers;
using OutcomesLab.Internal;

namespace OutcomesLab.Survival;

/// <summary>
/// The one sorting step shared by the survival estimators (Kaplan–Meier, log-rank, Aalen–Johansen,
/// Cox): subjects ordered by a block code (group or stratum), then by time, ties in original row
/// order as R's <c>order()</c>. One stable radix sort on (block, time) keys does it in linear time;
/// whole-number times (days) give narrow keys and usually a single counting pass.
/// </summary>
internal static class SurvivalSort
{
    /// <summary>
    /// Orders subjects by <paramref name="codes"/> (0..levels-1) and, within a code, by ascending time,
    /// into caller-provided (typically pooled) buffers.
    /// </summary>
    /// <param name="codes">Block code per subject, or empty for a single block.</param>
    /// <param name="levels">Number of blocks.</param>
    /// <param name="times">Time per subject.</param>
    /// <param name="order">Output: subject indices in sorted order (length n).</param>
    /// <param name="sortedTimes">Output: times in sorted order (length n).</param>
    /// <returns>Block offsets: block b occupies [offsets[b], offsets[b+1]).</returns>
    public static int[] ByBlockThenTime(ReadOnlySpan<int> codes, int levels, ReadOnlySpan<double> times, Span<int> order, Span<double> sortedTimes)
    {
        StableOrder(times, codes, levels, order, out var offsets);
        for (var pos = 0; pos < order.Length; pos++)
        {
            sortedTimes[pos] = times[order[pos]];
        }

        return offsets;
    }

    /// <summary>
    /// The stable order of subjects by (block, time): equal keys keep their original relative order.
    /// </summary>
    /// <param name="times">Finite time per subject.</param>
    /// <param name="codes">Block code per subject (0..levels-1), or empty for a single block.</param>
    /// <param name="levels">Number of blocks (at least 1).</param>
    /// <param name="offsets">Block b occupies [offsets[b], offsets[b+1]) of the order.</param>
    /// <returns>order[pos] = subject at sorted position pos.</returns>
    public static int[] StableOrder(ReadOnlySpan<double> times, ReadOnlySpan<int> codes, int levels, out int[] offsets)
    {
        var order = new int[times.Length];
        StableOrder(times, codes, levels, order, out offsets);
        return order;
    }

    /// <summary>As <see cref="StableOrder(ReadOnlySpan{double}, ReadOnlySpan{int}, int, out int[])"/>, into <paramref name="order"/>.</summary>
    /// <param name="times">Finite time per subject.</param>
    /// <param name="codes">Block code per subject (0..levels-1), or empty for a single block.</param>
    /// <param name="levels">Number of blocks (at least 1).</param>
    /// <param name="order">Output: order[pos] = subject at sorted position pos (length n).</param>
    /// <param name="offsets">Block b occupies [offsets[b], offsets[b+1]) of the order.</param>
    public static void StableOrder(ReadOnlySpan<double> times, ReadOnlySpan<int> codes, int levels, Span<int> order, out int[] offsets)
    {
        var n = times.Length;
        offsets = new int[levels + 1];
        var blocked = !codes.IsEmpty && levels > 1;
        if (blocked)
        {
            for (var i = 0; i < n; i++)
            {
                offsets[codes[i] + 1]++;
            }

            for (var b = 0; b < levels; b++)
            {
                offsets[b + 1] += offsets[b];
            }
        }
        else
        {
            Array.Fill(offsets, n, 1, levels);
        }

        var keys = ArrayPool<ulong>.Shared.Rent(n);
        try
        {
            var keySpan = keys.AsSpan(0, n);
            var timeBits = RadixSort.TimeKeys(times, keySpan);
            var blockBits = blocked ? RadixSort.BitLength((ulong)(levels - 1)) : 0;
            if (blockBits == 0 || timeBits + blockBits <= 64)
            {
                for (var i = 0; i < n && blockBits > 0; i++)
                {
                    keySpan[i] |= (ulong)codes[i] << timeBits;
                }

                RadixSort.StableOrder(keySpan, timeBits + blockBits, order);
            }
            else
            {
                // Full 64-bit time keys leave no room for the block: sort by time, then a stable
                // counting pass by block.
                var byTime = ArrayPool<int>.Shared.Rent(n);
                try
                {
                    RadixSort.StableOrder(keySpan, timeBits, byTime.AsSpan(0, n));
                    var next = (int[])offsets.Clone();
                    for (var r = 0; r < n; r++)
                    {
                        var i = byTime[r];
                        order[next[codes[i]]++] = i;
                    }
                }
                finally
                {
                    ArrayPool<int>.Shared.Return(byTime);
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
        }
    }
}
