namespace OutcomesLab.Internal;

/// <summary>
/// xoshiro256** pseudo-random generator (Blackman &amp; Vigna, "Scrambled linear pseudorandom number
/// generators", ACM TOMS 2021), seeded through SplitMix64 as its authors recommend. Used instead of
/// <see cref="System.Random"/> because the latter's seeded sequence is not specified across .NET
/// versions, and OutcomesLab promises byte-identical simulated files for a given seed.
/// </summary>
internal sealed class Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256StarStar(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>
    /// An independent stream for (<paramref name="seed"/>, <paramref name="stream"/>): the pair is mixed
    /// into one 64-bit state with two SplitMix64 finalisers, so replicate b of a bootstrap gets the
    /// same numbers whichever thread runs it.
    /// </summary>
    public Xoshiro256StarStar(ulong seed, ulong stream)
        : this(Mix(seed) ^ Mix(stream + 0x6A09E667F3BCC909UL))
    {
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on the open interval (0, 1): 53 random bits, offset by half a step so neither end occurs.</summary>
    public double NextOpenUnit() => ((NextUInt64() >> 11) + 0.5) * (1.0 / 9007199254740992.0);

    /// <summary>Standard normal by the polar-free Box–Muller transform (one value per call; the pair's second value is discarded for simplicity of the stream).</summary>
    public double NextStandardNormal()
    {
        var u1 = NextOpenUnit();
        var u2 = NextOpenUnit();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Uniform integer in [0, n) by Lemire's multiply-shift with rejection (unbiased).</summary>
    public int NextInt(int n)
    {
        var bound = (ulong)n;
        var threshold = (0UL - bound) % bound;
        while (true)
        {
            var r = NextUInt64();
            var high = Math.BigMul(r, bound, out var low);
            if (low >= threshold)
            {
                return (int)high;
            }
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Mix(ulong x)
    {
        return SplitMix(ref x);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
