using OutcomesLab.Inference;
using Xunit;

namespace OutcomesLab.Core.Tests.EdgeCases;

/// <summary>
/// Bootstraps whose every resample is degenerate. R's boot.ci refuses ("All values of t are equal
/// to 4 / Cannot calculate confidence intervals" and returns NULL); OutcomesLab returns NaN limits
/// (null in JSON) with a diagnostic, never an unexplained NaN or an exception.
/// </summary>
public sealed class DegenerateBootstrapTests
{
    private static double Mean(ReadOnlySpan<double> s)
    {
        var m = 0.0;
        foreach (var v in s)
        {
            m += v;
        }

        return m / s.Length;
    }

    [Fact]
    public void Constant_statistic_gives_no_interval_and_says_why()
    {
        Assert.Contains("All values of t are equal to  4", EdgeCaseFixture.Text("constant_boot_ci_message"), StringComparison.Ordinal);
        Assert.Equal("True", EdgeCaseFixture.Text("constant_boot_ci_is_null"));

        var r = Bootstrap.Run([4, 4, 4, 4, 4], Mean, new BootstrapOptions { Replicates = 200, Seed = 7 });
        Assert.Equal(4, r.Estimate);
        Assert.Equal(0, r.StandardError);
        Assert.True(double.IsNaN(r.PercentileLower) && double.IsNaN(r.PercentileUpper) && double.IsNaN(r.BcaLower) && double.IsNaN(r.BcaUpper));
        var d = Assert.Single(r.Diagnostics, x => x.Code == "degenerate-bootstrap");
        Assert.Contains("All 200 finite replicates equal 4", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statistic_undefined_on_every_resample_gives_no_interval_instead_of_throwing()
    {
        // Finite on the original rows and on the jackknife, NaN whenever a row is drawn twice:
        // with 20 rows every one of 100 resamples repeats a row (probability 1 - 20!/20^20).
        var r = Bootstrap.RunIndexed(20, idx => idx.ToArray().Distinct().Count() == idx.Length ? 1.0 : double.NaN, new BootstrapOptions { Replicates = 100 });
        Assert.Equal(100, r.FailedReplicates);
        Assert.True(double.IsNaN(r.PercentileLower) && double.IsNaN(r.BcaUpper));
        Assert.Contains(r.Diagnostics, x => x.Code == "degenerate-bootstrap" && x.Message.Contains("No replicate gave a finite statistic", StringComparison.Ordinal));
    }

    [Fact]
    public void Replicates_never_below_the_estimate_leave_BCa_undefined_with_a_diagnostic()
    {
        // The minimum: no resample has a smaller minimum, so z0 = qnorm(#{t* < t0}/B) = qnorm(0) = -Inf.
        var r = Bootstrap.Run([1, 2, 3, 4, 5], s => s.ToArray().Min(), new BootstrapOptions { Replicates = 200 });
        Assert.True(double.IsNaN(r.BcaLower) && double.IsNaN(r.BcaUpper));
        Assert.Contains(r.Diagnostics, x => x.Code == "bca-undefined");
        Assert.True(double.IsFinite(r.PercentileLower) && double.IsFinite(r.PercentileUpper));
    }
}
