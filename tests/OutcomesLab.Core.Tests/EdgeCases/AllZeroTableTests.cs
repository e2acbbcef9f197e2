using OutcomesLab.EffectSizes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.EdgeCases;

/// <summary>
/// Zero tables. A double-zero study (no events in either arm) is pooled as metafor's escalc does,
/// adding 1/2 to every cell (to = "only0"). The all-zero table (no subjects in an arm) is refused:
/// metafor would still pool it (log OR 0 with variance 8, nearly no weight), but a study without
/// subjects in an arm has no information, and a refusal that names the empty arm is clearer.
/// </summary>
public sealed class AllZeroTableTests
{
    [Theory]
    [InlineData(EffectMeasure.OddsRatio, "OR")]
    [InlineData(EffectMeasure.RiskRatio, "RR")]
    [InlineData(EffectMeasure.RiskDifference, "RD")]
    public void Double_zero_study_matches_metafor(EffectMeasure measure, string key)
    {
        var expected = EdgeCaseFixture.Doubles($"double_zero_{key}");
        var es = Escalc.FromTables(measure, [new TwoByTwoTable(0, 10, 0, 12)]);
        NumericAssert.Close(expected[0], es.Yi[0], what: "yi");
        NumericAssert.Close(expected[1], es.Vi[0], what: "vi");
    }

    [Fact]
    public void Double_zero_study_without_correction_is_undefined_as_metafor_drop00()
    {
        Assert.All(EdgeCaseFixture.Vector("all_zero_OR_drop00"), v => Assert.Null(v));
        var es = Escalc.FromTables(EffectMeasure.OddsRatio, [new TwoByTwoTable(0, 10, 0, 12)], ContinuityCorrection.None);
        Assert.True(double.IsNaN(es.Yi[0]) && double.IsNaN(es.Vi[0]), $"yi {es.Yi[0]}, vi {es.Vi[0]}");
    }

    [Fact]
    public void All_zero_table_is_refused_where_metafor_pools_it_with_almost_no_weight()
    {
        NumericAssert.AllClose([0, 8], EdgeCaseFixture.Doubles("all_zero_OR"), what: "metafor OR (documented, not matched)");
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new TwoByTwoTable(0, 0, 0, 0));
        Assert.Contains("A row of the 2x2 table is empty", ex.Message, StringComparison.Ordinal);
    }
}
