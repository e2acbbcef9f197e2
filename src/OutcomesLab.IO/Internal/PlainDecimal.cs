using System.Runtime.CompilerServices;

namespace OutcomesLab.IO.Internal;

/// <summary>
/// Correctly rounded parsing of plain decimals (<c>-?digits[.digits]</c>, at most 19 digits) without
/// <see cref="double.Parse(string)"/>: the common case of a CSV reader, including the 17-digit
/// round-trip numbers that R's <c>write.csv(digits = 17)</c>, pandas and .NET write.
/// </summary>
/// <remarks>
/// With m the digits as an integer and f the digits after the point, the value is m / 10^f.
/// Up to 2^53 both m and 10^f (f &lt;= 22) are exact doubles, so one IEEE division is correctly rounded
/// (Clinger, "How to read floating point numbers accurately", PLDI 1990). Above 2^53 the quotient
/// v = fl(fl(m) / 10^f) is within about one unit in the last place; it is accepted only when the
/// exact residual v * 10^f - m (a fused multiply-add and Sterbenz-exact subtractions) is clearly below
/// half a unit in the last place of v times 10^f, which proves v is the nearest double. Anything
/// else (ties, powers of two, longer numbers) returns false and the caller uses double.Parse.
/// </remarks>
internal static class PlainDecimal
{
    private const ulong Exact = 1UL << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses <c>-?digits[.digits]</c> (ASCII, no exponent, no spaces) of at most 19 digits.</summary>
    /// <param name="s">The UTF-8 text.</param>
    /// <param name="allowDot">False when '.' is not the decimal separator (decimal-comma files).</param>
    /// <param name="value">The correctly rounded value.</param>
    /// <returns>False when the text is not of that form or the rounding could not be proved here.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParse(ReadOnlySpan<byte> s, bool allowDot, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && s[0] == (byte)'-')
        {
            negative = true;
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var fraction = -1;
        for (; i < s.Length; i++)
        {
            var d = (uint)(s[i] - '0');
            if (d <= 9)
            {
                if (++digits > 19)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + d;
                if (fraction >= 0)
                {
                    fraction++;
                }
            }
            else if (s[i] == (byte)'.' && allowDot && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || fraction == 0)
        {
            return false;
        }

        if (!TryDivide(mantissa, Math.Max(fraction, 0), out value))
        {
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>The double nearest to <paramref name="mantissa"/> / 10^<paramref name="exponent"/>, when it can be proved cheaply.</summary>
    /// <param name="mantissa">The decimal digits as an integer.</param>
    /// <param name="exponent">The number of digits after the decimal point (0 to 22).</param>
    /// <param name="value">The correctly rounded quotient.</param>
    /// <returns>False when the exponent is out of range, or the quotient is too close to a rounding boundary (or v is a power of two) to decide here.</returns>
    internal static bool TryDivide(ulong mantissa, int exponent, out double value)
    {
        value = 0;
        if ((uint)exponent >= (uint)PowersOfTen.Length)
        {
            return false;
        }

        var p = PowersOfTen[exponent];
        if (mantissa <= Exact)
        {
            value = mantissa / p;
            return true;
        }

        var v = mantissa / p;
        if ((BitConverter.DoubleToInt64Bits(v) & 0xF_FFFF_FFFF_FFFFL) == 0)
        {
            // A power of two has a narrower rounding interval below it than above it.
            return false;
        }

        // v * p = hi + lo exactly (fused multiply-add). m = a + b with a its top 53 bits (exact as a
        // double) and b the low 11 bits. hi and a agree to within a factor of two, so hi - a is exact.
        var hi = v * p;
        var lo = Math.FusedMultiplyAdd(v, p, -hi);
        var a = mantissa & ~0x7FFUL;
        var b = mantissa & 0x7FFUL;
        var residual = (hi - a) + (lo - b);
        var halfUlpTimesP = (Math.BitIncrement(v) - v) * 0.5 * p;

        // The residual carries a rounding error of about 2^-41 while halfUlpTimesP >= 1: the margin
        // leaves every near-tie to double.Parse.
        if (Math.Abs(residual) < halfUlpTimesP * (1 - 1e-9))
        {
            value = v;
            return true;
        }

        return false;
    }
}
