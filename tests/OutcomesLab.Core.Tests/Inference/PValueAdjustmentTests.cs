using OutcomesLab.Inference;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.ReferenceFixtures;

namespace OutcomesLab.Core.Tests.Inference;

/// <summary>Oracle: R 4.2.2 <c>p.adjust</c> (Fixtures/reference/effects/p_adjust.json).</summary>
public sealed class PValueAdjustmentTests
{
    [Theory]
    [InlineData("holm", PAdjustMethod.Holm)]
    [InlineData("hochberg", PAdjustMethod.Hochberg)]
    [InlineData("hommel", PAdjustMethod.Hommel)]
    [InlineData("bonferroni", PAdjustMethod.Bonferroni)]
    [InlineData("BH", PAdjustMethod.BenjaminiHochberg)]
    [InlineData("fdr", PAdjustMethod.BenjaminiHochberg)]
    [InlineData("BY", PAdjustMethod.BenjaminiYekutieli)]
    [InlineData("none", PAdjustMethod.None)]
    public void Reproduces_R_p_adjust(string rName, PAdjustMethod method)
    {
        var fx = Load("effects/p_adjust.json");
        var p = Doubles(fx["p"]);
        var actual = PValueAdjustment.Adjust(p, method);
        Close(Nums(fx["adjusted"]![rName]), actual.Select(v => (double?)v).ToList(), rName);
    }

    [Fact]
    public void Missing_values_stay_missing_and_do_not_count()
    {
        // Bonferroni with one NaN among three: n = 2, as R's p.adjust(c(0.01, NA, 0.2), "bonferroni") = 0.02, NA, 0.4.
        var adj = PValueAdjustment.Adjust([0.01, double.NaN, 0.2], PAdjustMethod.Bonferroni);
        OutcomesLab.Testing.NumericAssert.AllClose([0.02, double.NaN, 0.4], adj, rel: 1e-15);
    }
}
