using OutcomesLab.EffectSizes;
using Xunit;

namespace OutcomesLab.Core.Tests.EdgeCases;

/// <summary>
/// Standardised differences when the standardiser is 0 (every outcome in the arms identical). d is
/// undefined: R's effectsize stops ("non-finite value supplied by optim"); OutcomesLab returns NaN
/// (null in JSON) for the estimate and both limits with a diagnostic, never ±Infinity and never a hang.
/// </summary>
public sealed class ZeroSdEffectSizeTests
{
    public static TheoryData<EffectMeasure, double[], double[]> Cases() => new()
    {
        { EffectMeasure.CohensD, [3, 3, 3], [2, 2, 2] },
        { EffectMeasure.HedgesG, [3, 3, 3], [2, 2, 2] },
        { EffectMeasure.CohensD, [2, 2, 2], [2, 2, 2] },
        { EffectMeasure.CohensDUnpooled, [3, 3, 3], [2, 2, 2] },
        { EffectMeasure.GlassDelta, [1, 2, 3], [2, 2, 2] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Zero_standard_deviation_gives_an_undefined_effect_with_a_diagnostic(EffectMeasure measure, double[] treatment, double[] control)
    {
        Assert.Equal("non-finite value supplied by optim", EdgeCaseFixture.Text("zero_sd_cohens_d_error"));
        foreach (var ci in new[] { SmdCiMethod.NoncentralT, SmdCiMethod.Normal })
        {
            var r = StandardizedMeanDifference.Compute(measure, treatment, control, new SmdOptions { CiMethod = ci });
            Assert.True(double.IsNaN(r.Estimate), $"{measure} {ci}: estimate {r.Estimate}");
            Assert.True(double.IsNaN(r.Lower) && double.IsNaN(r.Upper), $"{measure} {ci}: [{r.Lower}, {r.Upper}]");
            Assert.Contains(r.Diagnostics, d => d.Code == "zero-sd");
        }
    }
}
