using System.Buffers;
using System.Numerics;

namespace OutcomesLab.Internal;

/// <summary>
/// Stable least-significant-digit radix sort of unsigned 64-bit keys that returns the permutation
/// (like R's <c>order()</c>: equal keys keep their original relative order). Linear in n; the only
/// allocations are two pooled work buffers and the small digit histograms.
/// </summary>
internal static class RadixSort
{
    // Digits of up to 16 bits are sorted in one counting pass (the histogram still fits in L2);
    // wider keys use 11-bit digits, the usual sweet spot between passes and cache misses.
    private const int MaxSinglePassBits = 16;
    private const int DigitBits = 11;

    /// <summary>
    /// Writes into <paramref name="order"/> the stable ascending order of <paramref name="keys"/>.
    /// </summary>
    /// <param name="keys">Keys; used as work space and left in an unspecified state.</param>
    /// <param name="bits">Number of low bits that can be non-zero (the highest set bit of any key + 1).</param>
    /// <param name="order">Output: order[r] = index of the key of rank r.</param>
    public static void StableOrder(Span<ulong> keys, int bits, Span<int> order)
    {
        var n = keys.Length;
        if (order.Length != n)
        {
            throw new ArgumentException("order must have one slot per key.", nameof(order));
        }

        int passes;
        int width;
        if (bits <= MaxSinglePassBits)
        {
            passes = bits == 0 ? 0 : 1;
            width = bits;
        }
        else
        {
            passes = (bits + DigitBits - 1) / DigitBits;
            width = (bits + passes - 1) / passes;
        }

        var buckets = 1 << width;
        var mask = (ulong)buckets - 1;
        var counts = new int[passes * buckets];
        for (var i = 0; i < n; i++)
        {
            var key = keys[i];
            for (var p = 0; p < passes; p++)
            {
                counts[(p * buckets) + (int)((key >> (p * width)) & mask)]++;
            }
        }

        // A digit that is the same for every key does not reorder anything.
        Span<int> active = stackalloc int[passes];
        var m = 0;
        for (var p = 0; p < passes; p++)
        {
            if (Array.IndexOf(counts, n, p * buckets, buckets) < 0)
            {
                active[m++] = p;
            }
        }

        if (m == 0)
        {
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            return;
        }

        var orderTmp = ArrayPool<int>.Shared.Rent(n);
        var keyTmp = m > 1 ? ArrayPool<ulong>.Shared.Rent(n) : [];
        try
        {
            Span<ulong> srcKeys = keys;
            Span<ulong> dstKeys = keyTmp.AsSpan(0, m > 1 ? n : 0);
            Span<int> srcOrder = default;
            for (var j = 0; j < m; j++)
            {
                // Alternate the order buffers so that the last pass writes into the caller's span.
                var dstOrder = (m - 1 - j) % 2 == 0 ? order : orderTmp.AsSpan(0, n);
                var p = active[j];
                var shift = p * width;
                var next = counts.AsSpan(p * buckets, buckets);
                var sum = 0;
                for (var b = 0; b < buckets; b++)
                {
                    var c = next[b];
                    next[b] = sum;
                    sum += c;
                }

                var last = j == m - 1;
                for (var i = 0; i < n; i++)
                {
                    var key = srcKeys[i];
                    var pos = next[(int)((key >> shift) & mask)]++;
                    dstOrder[pos] = j == 0 ? i : srcOrder[i];
                    if (!last)
                    {
                        dstKeys[pos] = key;
                    }
                }

                srcOrder = dstOrder;
                var swap = srcKeys;
                srcKeys = dstKeys;
                dstKeys = swap;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(orderTmp);
            if (keyTmp.Length > 0)
            {
                ArrayPool<ulong>.Shared.Return(keyTmp);
            }
        }
    }

    /// <summary>
    /// Maps doubles to keys whose unsigned order is the numeric order (−0 and +0 map to the same key),
    /// shifted so that the smallest key is 0.
    /// </summary>
    /// <param name="values">Values, not NaN.</param>
    /// <param name="keys">Output keys.</param>
    /// <returns>The number of significant key bits, for <see cref="StableOrder"/>.</returns>
    public static int OrderedKeys(ReadOnlySpan<double> values, Span<ulong> keys)
    {
        var min = ulong.MaxValue;
        var max = 0UL;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            var b = BitConverter.DoubleToUInt64Bits(v == 0 ? 0.0 : v);
            var k = (long)b < 0 ? ~b : b | 0x8000_0000_0000_0000UL;
            keys[i] = k;
            min = Math.Min(min, k);
            max = Math.Max(max, k);
        }

        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] -= min;
        }

        return values.IsEmpty ? 0 : BitLength(max - min);
    }

    /// <summary>
    /// Keys for survival times: when every time is a whole number (days, say) the key is the offset
    /// from the smallest time, which makes a narrow key and usually one counting pass; otherwise
    /// <see cref="OrderedKeys"/>.
    /// </summary>
    /// <param name="times">Finite times.</param>
    /// <param name="keys">Output keys.</param>
    /// <returns>The number of significant key bits.</returns>
    public static int TimeKeys(ReadOnlySpan<double> times, Span<ulong> keys)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var integral = true;
        for (var i = 0; i < times.Length; i++)
        {
            var t = times[i];
            integral &= t == Math.Floor(t);
            min = Math.Min(min, t);
            max = Math.Max(max, t);
        }

        if (times.IsEmpty || !integral || !(max - min < 9007199254740992.0))
        {
            return OrderedKeys(times, keys);
        }

        for (var i = 0; i < times.Length; i++)
        {
            keys[i] = (ulong)(times[i] - min);
        }

        return BitLength((ulong)(max - min));
    }

    /// <summary>Number of bits needed to write <paramref name="v"/> (0 for 0).</summary>
    public static int BitLength(ulong v) => 64 - BitOperations.LeadingZeroCount(v);
}
