using System.Globalization;
using System.Numerics;
using System.Text;
using OutcomesLab.IO.Internal;
using Xunit;

namespace OutcomesLab.IO.Tests;

/// <summary>
/// Oracle: .NET's double.Parse, which is correctly rounded (IEEE 754 round-to-nearest-even) since
/// .NET Core 3.0. Every text the fast parser accepts must give the same bits; the seeded generators
/// cover random digit strings, shortest round-trip texts of random doubles (what R, pandas and .NET
/// write) and texts within 1e-19 relative of the midpoint between two doubles, the hard cases.
/// </summary>
public sealed class PlainDecimalTests
{
    private const int Cases = 200_000;

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("-0", -0.0)]
    [InlineData("007", 7.0)]
    [InlineData("0.1", 0.1)]
    [InlineData("-2.5", -2.5)]
    [InlineData("9007199254740993", 9007199254740992.0)]
    [InlineData("-0.22610186930371776", -0.22610186930371776)]
    [InlineData("1234567890123456789", 1234567890123456789.0)]
    [InlineData("0.1000000000000000055", 0.1)]
    public void Known_values_match_double_Parse(string text, double expected)
    {
        var accepted = PlainDecimal.TryParse(Encoding.ASCII.GetBytes(text), true, out var value);
        var parsed = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(parsed));
        if (accepted)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(parsed), BitConverter.DoubleToInt64Bits(value));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData(" 1")]
    [InlineData("+1")]
    [InlineData("12345678901234567890")]
    [InlineData("1,5")]
    public void Other_forms_are_left_to_double_Parse(string text)
        => Assert.False(PlainDecimal.TryParse(Encoding.ASCII.GetBytes(text), true, out _));

    [Fact]
    public void A_dot_is_not_a_decimal_point_in_decimal_comma_files()
        => Assert.False(PlainDecimal.TryParse("1.5"u8, false, out _));

    [Fact]
    public void Random_digit_strings_agree_bit_for_bit()
    {
        var random = new Random(20261127);
        var accepted = 0;
        for (var c = 0; c < Cases; c++)
        {
            var digits = random.Next(1, 20);
            var sb = new StringBuilder();
            if (random.Next(2) == 0)
            {
                sb.Append('-');
            }

            var point = random.Next(0, digits);
            for (var d = 0; d < digits; d++)
            {
                if (d == point && d > 0)
                {
                    sb.Append('.');
                }

                sb.Append((char)('0' + random.Next(10)));
            }

            accepted += Check(sb.ToString()) ? 1 : 0;
        }

        Assert.True(accepted > Cases / 2, $"only {accepted} of {Cases} accepted");
    }

    [Fact]
    public void Round_trip_texts_of_random_doubles_agree_bit_for_bit()
    {
        var random = new Random(7);
        var accepted = 0;
        for (var c = 0; c < Cases; c++)
        {
            // Magnitudes 1e-6 to 1e6, the range of covariates, scores and laboratory values.
            var v = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-6, 7));
            var text = v.ToString("R", CultureInfo.InvariantCulture);
            if (text.Contains('E', StringComparison.Ordinal))
            {
                continue;
            }

            accepted += Check(text) ? 1 : 0;
        }

        Assert.True(accepted > Cases / 2, $"only {accepted} of {Cases} accepted");
    }

    [Fact]
    public void Texts_next_to_the_midpoint_between_two_doubles_agree_bit_for_bit()
    {
        var random = new Random(11);
        var accepted = 0;
        for (var c = 0; c < Cases / 4; c++)
        {
            // A double in [2^k, 2^(k+1)) with k from -20 to 40, and the exact midpoint to the next one.
            var v = Math.ScaleB(1 + random.NextDouble(), random.Next(-20, 41));
            var exact = MidpointAbove(v);

            // 19 and 18 significant digits of the midpoint (truncated), and one unit in the 19th digit above.
            var head = Significant(exact, 19);
            accepted += Check(head.Text) ? 1 : 0;
            accepted += Check(Significant(exact, 18).Text) ? 1 : 0;
            accepted += Check(Insert(head.Digits + 1, head.PointFromRight)) ? 1 : 0;
        }

        Assert.True(accepted > 0, "the fast path was never taken");
    }

    /// <summary>The exact decimal expansion of v + ulp(v)/2 (v positive and normal).</summary>
    private static string MidpointAbove(double v)
    {
        var bits = BitConverter.DoubleToInt64Bits(v);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1075 - 1;
        var mantissa = (new BigInteger((bits & 0xF_FFFF_FFFF_FFFFL) | (1L << 52)) * 2) + 1;
        if (exponent >= 0)
        {
            return (mantissa << exponent).ToString(CultureInfo.InvariantCulture);
        }

        // m * 2^-k = m * 5^k / 10^k.
        var k = -exponent;
        var digits = (mantissa * BigInteger.Pow(5, k)).ToString(CultureInfo.InvariantCulture).PadLeft(k + 1, '0');
        return digits[..^k] + "." + digits[^k..];
    }

    /// <summary>The first <paramref name="count"/> significant digits of a decimal text, truncated.</summary>
    private static (string Text, BigInteger Digits, int PointFromRight) Significant(string exact, int count)
    {
        var point = exact.IndexOf('.', StringComparison.Ordinal);
        var all = exact.Replace(".", "", StringComparison.Ordinal);
        var pointFromRight = point < 0 ? 0 : exact.Length - point - 1;
        var first = all.Length - all.TrimStart('0').Length;
        var keep = Math.Min(all.Length, first + count);
        var scale = pointFromRight - (all.Length - keep);
        var digits = BigInteger.Parse(all[..keep], CultureInfo.InvariantCulture);
        if (scale < 0)
        {
            digits *= BigInteger.Pow(10, -scale);
            scale = 0;
        }

        return (Insert(digits, scale), digits, scale);
    }

    private static string Insert(BigInteger digits, int pointFromRight)
    {
        var text = digits.ToString(CultureInfo.InvariantCulture).PadLeft(pointFromRight + 1, '0');
        return pointFromRight == 0 ? text : text[..^pointFromRight] + "." + text[^pointFromRight..];
    }

    /// <summary>Asserts that an accepted text gives double.Parse's bits; returns whether it was accepted.</summary>
    private static bool Check(string text)
    {
        if (!PlainDecimal.TryParse(Encoding.ASCII.GetBytes(text), true, out var value))
        {
            return false;
        }

        var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(value), $"{text}: fast {value:R}, double.Parse {expected:R}");
        return true;
    }
}
