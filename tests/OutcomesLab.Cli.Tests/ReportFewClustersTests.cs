using System.Globalization;
using System.Text.Json;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Issue 17's reviewer caveat: the bundled plan clusters 600 patients on 8 sites. With fewer than 30
/// clusters the sandwich SE is biased downward (Cameron and Miller, J Hum Resour 2015), so the report
/// must say so and show the model-based SE beside the robust one. Oracle for the model-based SE: R's
/// coxph reports the naive se(coef) of a clustered fit, which is the SE of the same model without the
/// cluster; here the unclustered <c>outcomeslab cox</c> run on the same data.
/// </summary>
public sealed class ReportFewClustersTests
{
    [Fact]
    public void Few_clusters_are_stated_and_the_model_based_se_stands_beside_the_robust_se()
    {
        using var dir = new TempDirectory();
        var output = dir.File("report");
        var (code, _, err) = CliRunner.Run("report", "--output", output);
        Assert.True(code == 0, err);
        Assert.Contains("the robust standard errors rest on 8 clusters of site (fewer than 30)", err, StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(output, "report.md"));
        Assert.Contains("The robust standard errors rest on only 8 clusters of site; with fewer than about 30 clusters the sandwich estimator is biased downward", markdown, StringComparison.Ordinal);
        Assert.Contains("Cameron AC, Miller DL. A practitioner's guide to cluster-robust inference.", markdown, StringComparison.Ordinal);

        var lines = File.ReadAllLines(Path.Combine(output, "tables", "cox-cohort-coefficients.csv"));
        Assert.Equal("term,HR,95% CI,coef,robust SE (8 clusters),model SE,p", lines[0]);
        var modelSe = lines.Skip(1).Select(l => double.Parse(l.Split(',')[5], CultureInfo.InvariantCulture)).ToList();

        var cox = CliRunner.Run("cox", "--input", RepositoryPaths.Combine("data", "simulated_cohort.csv"), "--time", "time_days", "--event", "event", "--covariates", "arm,age,sex", "--reference", "arm=methadone", "--ph-test", "none", "--format", "json");
        Assert.True(cox.Code == 0, cox.Err);
        var unclustered = JsonDocument.Parse(cox.Out).RootElement.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("se").GetDouble()).ToList();
        Assert.Equal(unclustered.Count, modelSe.Count);
        for (var i = 0; i < modelSe.Count; i++)
        {
            // The table prints 4 significant digits.
            NumericAssert.Close(double.Parse(unclustered[i].ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), modelSe[i], rel: 1e-12, what: $"model SE of row {i + 1}");
        }
    }
}
