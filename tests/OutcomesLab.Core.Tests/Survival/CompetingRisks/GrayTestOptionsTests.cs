using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.CompetingRisks.CompetingRisksFixtures;

namespace OutcomesLab.Core.Tests.Survival.CompetingRisks;

/// <summary>
/// Oracle: R 4.2.2 with cmprsk 2.2-11 (the fixture versions), run on the fixture CSVs; values printed
/// with sprintf("%.17g"). Calls (r = retention_synthetic.csv with arm levels methadone, buprenorphine,
/// xr_naltrexone; m = mgus2.csv):
///   cuminc(r$time_days, r$event_type, group = r$arm, strata = r$site)$Tests
///   cuminc(m$etime, m$event, group = m$sex, rho = 1)$Tests
///   cuminc(r$time_days, r$event_type, group = r$arm, rho = -0.5, strata = r$sex)$Tests
/// </summary>
public sealed class GrayTestOptionsTests
{
    [Fact]
    public void Stratified_by_site_matches_cmprsk()
    {
        var d = ReadCsv("retention_synthetic.csv");
        var sample = SurvivalSample.CreateCompeting(Doubles(d["time_days"]), Ints(d["event_type"]), groups: d["arm"], strata: d["site"],
            options: new SurvivalSampleOptions(GroupLevels: ["methadone", "buprenorphine", "xr_naltrexone"]));
        Check(CumulativeIncidence.Fit(sample).GrayTests,
            [15.040902555289804, 1.2399449915573073, 1.5061755043541458],
            [0.00054188796873277933, 0.5379592335410327, 0.47091025139529474]);
    }

    [Fact]
    public void Rho_one_matches_cmprsk()
    {
        var fit = CumulativeIncidence.Fit(Mgus2(bySex: true), new CumulativeIncidenceOptions(GrayRho: 1));
        Check(fit.GrayTests, [1.2293588335599759, 13.930509714948661], [0.26753176591426897, 0.0001896942781308697]);
        NumericAssert.Close(13.930509714948661, GrayTest.Compute(Mgus2(bySex: true), 2, rho: 1).Statistic, 1e-10, 0, "GrayTest.Compute rho = 1");
    }

    [Fact]
    public void Negative_rho_stratified_by_sex_matches_cmprsk()
    {
        var d = ReadCsv("retention_synthetic.csv");
        var sample = SurvivalSample.CreateCompeting(Doubles(d["time_days"]), Ints(d["event_type"]), groups: d["arm"], strata: d["sex"]);
        Check(CumulativeIncidence.Fit(sample, new CumulativeIncidenceOptions(GrayRho: -0.5)).GrayTests,
            [14.594601907805517, 0.96068952735933733, 1.3473431791974371],
            [0.00067736454830313875, 0.61857009453775225, 0.50983323873915598]);
    }

    /// <summary>
    /// Small data where one group has no events at all (R: cuminc(c(1,2,3,4,5,6,7), c(1,2,1,0,0,0,0),
    /// group = c("a","a","a","b","b","b","a"))) and a 3-group case (cuminc(1:8, c(1,2,1,2,0,0,0,0),
    /// group = c("a","a","b","b","c","c","a","b"))).
    /// </summary>
    [Fact]
    public void Small_cases_with_an_event_free_group_match_cmprsk()
    {
        var two = SurvivalSample.CreateCompeting([1.0, 2, 3, 4, 5, 6, 7], [1, 2, 1, 0, 0, 0, 0], groups: ["a", "a", "a", "b", "b", "b", "a"]);
        Check(CumulativeIncidence.Fit(two).GrayTests, [1.7020416552480135, 0.73013245033112606], [0.1920211894497974, 0.39284025955580182]);
        var three = SurvivalSample.CreateCompeting([1.0, 2, 3, 4, 5, 6, 7, 8], [1, 2, 1, 2, 0, 0, 0, 0], groups: ["a", "a", "b", "b", "c", "c", "a", "b"]);
        Check(CumulativeIncidence.Fit(three).GrayTests, [0.74782645579011642, 0.76407435503574184], [0.6880366116238712, 0.68246968020500831]);
    }

    /// <summary>
    /// Group "b" leaves before the first event, so the covariance is 0: cmprsk reports stat = -1, p = 1
    /// (cuminc(c(0.5,1,2,3), c(0,1,2,1), group = c("b","a","a","a"))); OutcomesLab reports NaN and a diagnostic.
    /// </summary>
    [Fact]
    public void Singular_covariance_gives_nan_and_a_diagnostic()
    {
        var fit = CumulativeIncidence.Fit(SurvivalSample.CreateCompeting([0.5, 1, 2, 3], [0, 1, 2, 1], groups: ["b", "a", "a", "a"]));
        Assert.All(fit.GrayTests, t => Assert.True(double.IsNaN(t.Statistic) && double.IsNaN(t.PValue)));
        Assert.Contains(fit.Diagnostics, d => d.Code == "gray-singular-covariance");
    }

    private static void Check(IReadOnlyList<GrayTestResult> tests, double[] stat, double[] p)
    {
        Assert.Equal(stat.Length, tests.Count);
        for (var i = 0; i < stat.Length; i++)
        {
            NumericAssert.Close(stat[i], tests[i].Statistic, 1e-10, 0, $"stat cause {tests[i].Cause}");
            NumericAssert.Close(p[i], tests[i].PValue, 1e-10, 0, $"p cause {tests[i].Cause}");
        }
    }
}
