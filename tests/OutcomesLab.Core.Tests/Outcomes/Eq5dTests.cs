using System.Globalization;
using OutcomesLab.Outcomes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>
/// EQ-5D indexes against published test vectors (eq5d README / value-set papers, 3 decimals) and
/// against the eq5d R package itself (Fixtures/eq5d/eq5d_r_reference.csv, made by
/// make_eq5d_reference.R with 12 decimals, every value set).
/// </summary>
public sealed class Eq5dTests
{
    [Theory]
    [InlineData(Eq5dValueSetType.ThreeLevelTto, "UK", "11112", 0.848)]
    [InlineData(Eq5dValueSetType.ThreeLevelTto, "UK", "12321", 0.329)]
    [InlineData(Eq5dValueSetType.ThreeLevelTto, "UK", "33333", -0.594)]
    [InlineData(Eq5dValueSetType.ThreeLevelTto, "USA", "33333", -0.109)]
    [InlineData(Eq5dValueSetType.FiveLevelVt, "England", "11112", 0.922)]
    [InlineData(Eq5dValueSetType.FiveLevelVt, "England", "55555", -0.285)]
    [InlineData(Eq5dValueSetType.FiveLevelVt, "USA", "55555", -0.573)]
    [InlineData(Eq5dValueSetType.FiveLevelCrosswalk, "UK", "11112", 0.879)]
    public void Published_test_vectors_to_three_decimals(Eq5dValueSetType type, string country, string state, double published)
    {
        var set = Eq5dValueSets.Get(type, country);
        var index = set.Index(Eq5dState.Parse(state, set.Levels));
        Assert.Equal(published, Math.Round(index, 3, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Us_33333_by_hand_with_the_shaw_terms()
    {
        // 1 + MO3 + SC3 + UA3 + PD3 + AD3 = 1 - 0.557685 - 0.4711896 - 0.3742594 - 0.5371011 - 0.4501876 = -1.3904227
        // D1 = 5 - 1 = 4: 4 × 0.1395949 = 0.5583796; I3 = 4: 4 × 0.1215579 = 0.4862316; I3² = 16: 16 × 0.0147963 = 0.2367408
        // I2 = I2² = 0 (no level 2). Sum = -0.1090707.
        var us = Eq5dValueSets.Get(Eq5dValueSetType.ThreeLevelTto, "USA");
        NumericAssert.Close(-0.1090707, us.Index(Eq5dState.Parse("33333", 3)), rel: 1e-12);
    }

    [Fact]
    public void Uk_12321_by_hand()
    {
        // 1 - 0.081 (any move) - 0.269 (N3) - 0.104 (SC2) - 0.094 (UA3) - 0.123 (PD2) = 0.329
        var uk = Eq5dValueSets.Get(Eq5dValueSetType.ThreeLevelTto, "uk");
        NumericAssert.Close(0.329, uk.Index(Eq5dState.Parse("12321", 3)), rel: 1e-12);
        Assert.Contains("10.1097/00005650-199711000-00002", uk.Citation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_set_agrees_with_the_eq5d_R_package()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "eq5d", "eq5d_r_reference.csv");
        var checkedSets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            var type = f[0] switch { "TTO" => Eq5dValueSetType.ThreeLevelTto, "VT" => Eq5dValueSetType.FiveLevelVt, _ => Eq5dValueSetType.FiveLevelCrosswalk };
            var set = Eq5dValueSets.Get(type, f[1]);
            var expected = double.Parse(f[3], CultureInfo.InvariantCulture);
            NumericAssert.Close(expected, set.Index(Eq5dState.Parse(f[2], set.Levels)), rel: 0, abs: 1e-11, what: $"{f[0]} {f[1]} {f[2]}");
            checkedSets.Add(f[0] + f[1]);
        }

        Assert.Equal(Eq5dValueSets.All.Length, checkedSets.Count);
    }

    [Fact]
    public void Catalogue_has_every_table_column_with_a_citation()
    {
        Assert.Equal(33, Eq5dValueSets.OfType(Eq5dValueSetType.ThreeLevelTto).Length);
        Assert.Equal(49, Eq5dValueSets.OfType(Eq5dValueSetType.FiveLevelVt).Length);
        Assert.Equal(13, Eq5dValueSets.OfType(Eq5dValueSetType.FiveLevelCrosswalk).Length);
        Assert.All(Eq5dValueSets.All, v => Assert.True(v.Citation.Doi is not null || v.Citation.Url is not null, v.Label));
        Assert.Contains("D1", Eq5dValueSets.Get(Eq5dValueSetType.ThreeLevelTto, "USA").TermNames);
    }

    [Fact]
    public void Unknown_value_set_lists_the_available_ones()
    {
        var ex = Assert.Throws<ArgumentException>(() => Eq5dValueSets.Get(Eq5dValueSetType.FiveLevelVt, "Atlantis"));
        Assert.Contains("Atlantis", ex.Message, StringComparison.Ordinal);
        Assert.Contains("England", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Japan_cTTO", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_levels_are_refused_with_the_dimension()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Eq5dState.Create(1, 1, 1, 4, 1, levels: 3));
        Assert.Contains("PD level must be 1 to 3", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Eq5dState.Parse("1111", 5));
        var uk3 = Eq5dValueSets.Get(Eq5dValueSetType.ThreeLevelTto, "UK");
        var ex2 = Assert.Throws<ArgumentOutOfRangeException>(() => uk3.Index(Eq5dState.Parse("11115", 5)));
        Assert.Contains("AD level 5", ex2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vas_is_validated()
    {
        Assert.Equal(73, EqVas.Validate(73));
        Assert.Throws<ArgumentOutOfRangeException>(() => EqVas.Validate(101));
        Assert.Throws<ArgumentOutOfRangeException>(() => EqVas.Validate(double.NaN));
    }
}
