using OutcomesLab.Formatting;
using Xunit;

namespace OutcomesLab.Core.Tests.Formatting;

/// <summary>
/// The number-formatting rule (AMA Manual of Style 11th ed. §19; BMJ/NEJM/Lancet p-value guidance),
/// pinned by expected strings written by hand from the rule, not from our own output.
/// </summary>
public sealed class NumberStyleTests
{
    [Theory]
    [InlineData(1.5432, "1.54")]
    [InlineData(1.99996, "2.00")]
    [InlineData(1.1799, "1.18")]
    [InlineData(0.97915, "0.979")]
    [InlineData(0.0914, "0.0914")]
    [InlineData(0.09140001, "0.0914")]
    [InlineData(237.1, "237")]
    [InlineData(28.026, "28.0")]
    [InlineData(1428.4, "1428")]
    [InlineData(0.9996, "1.00")]
    [InlineData(9.9996, "10.0")]
    [InlineData(292, "292")]
    [InlineData(0, "0")]
    [InlineData(-0.232374, "\u22120.232")]
    [InlineData(-40.37, "\u221240.4")]
    [InlineData(double.NaN, "NA")]
    public void Three_significant_digits_keep_trailing_zeros(double value, string expected) =>
        Assert.Equal(expected, NumberStyle.Number(value));

    [Theory]
    [InlineData(0.99996, 1.0, "0.99996")]
    [InlineData(0.9988, 1.0, "0.999")]
    [InlineData(0.99951, 1.0, "0.9995")]
    [InlineData(1.0004, 1.0, "1.0004")]
    [InlineData(0.995, 1.0, "0.995")]
    [InlineData(-0.00004, 0.0, "\u22120.0000400")]
    [InlineData(0.0000123, 0.0, "0.0000123")]
    [InlineData(1.99996, 1.0, "2.00")]
    [InlineData(1.0, 1.0, "1")]
    public void Estimates_are_never_rounded_onto_or_across_the_null_value(double value, double nullValue, string expected) =>
        Assert.Equal(expected, NumberStyle.Estimate(value, nullValue));

    [Fact]
    public void A_ratio_interval_keeps_trailing_zeros_and_stays_off_the_null() =>
        Assert.Equal("0.99996 to 2.00", NumberStyle.Interval(0.99996, 1.99996, 1));

    [Theory]
    [InlineData(0.00099, "< 0.001")]
    [InlineData(0.0000001, "< 0.001")]
    [InlineData(0.001, "0.0010")]
    [InlineData(0.0034, "0.0034")]
    [InlineData(0.00344, "0.0034")]
    [InlineData(0.0504, "0.0504")]
    [InlineData(0.0496, "0.0496")]
    [InlineData(0.05, "0.050")]
    [InlineData(0.051, "0.051")]
    [InlineData(0.1231, "0.12")]
    [InlineData(0.0995, "0.10")]
    [InlineData(0.78, "0.78")]
    [InlineData(0.9951, "> 0.99")]
    [InlineData(0.99, "0.99")]
    [InlineData(double.NaN, "NA")]
    public void P_values_have_one_style(double p, string expected) => Assert.Equal(expected, NumberStyle.P(p));

    [Theory]
    [InlineData(0.051, "p = 0.051")]
    [InlineData(0.0003, "p < 0.001")]
    [InlineData(0.9951, "p > 0.99")]
    [InlineData(0.0504, "p = 0.0504")]
    public void P_values_in_prose_figures_and_captions(double p, string expected) => Assert.Equal(expected, NumberStyle.PText(p));

    [Theory]
    [InlineData(237.0, 661.0, "237 to 661")]
    [InlineData(237.0, null, "237 to not reached")]
    [InlineData(null, null, "not reached")]
    public void Survival_times_not_reached(double? lower, double? upper, string expected) =>
        Assert.Equal(expected, NumberStyle.TimeInterval(lower, upper));

    [Fact]
    public void Median_not_reached() => Assert.Equal("not reached", NumberStyle.Time(null));

    [Theory]
    [InlineData(0.7704, 3, "0.770")]
    [InlineData(-0.0015, 3, "\u22120.002")]
    [InlineData(82.14, 1, "82.1")]
    public void Fixed_decimals_for_probabilities_and_percentages(double value, int decimals, string expected) =>
        Assert.Equal(expected, NumberStyle.Fixed(value, decimals));

    [Theory]
    [InlineData(237.0, "237")]
    [InlineData(12.5, "12.5")]
    public void Counts_stay_integers(double value, string expected) => Assert.Equal(expected, NumberStyle.Count(value));

    [Fact]
    public void Ascii_minus_for_machine_outputs() => Assert.Equal("-0.232 to -0.0914", NumberStyle.ToAscii("\u22120.232 to \u22120.0914"));

    [Theory]
    [InlineData(0.037, "0.037")]
    [InlineData(-2.5, "\u22122.5")]
    public void Given_values_are_written_as_given(double value, string expected) => Assert.Equal(expected, NumberStyle.Given(value));

    [Theory]
    [InlineData(0.7704, 0.7141, 0.8322, "0.770 [0.714, 0.832]")]
    [InlineData(0.0, null, null, "0 (no events)")]
    [InlineData(0.0, double.NaN, double.NaN, "0 (no events)")]
    public void Probabilities_with_CI(double estimate, double? lower, double? upper, string expected) =>
        Assert.Equal(expected, NumberStyle.Probability(estimate, lower, upper));
}
