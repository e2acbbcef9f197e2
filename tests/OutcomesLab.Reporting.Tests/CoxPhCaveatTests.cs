using OutcomesLab.Reporting.Plans;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Reporting.Tests;

/// <summary>
/// Issue 17's reviewer caveat for a failed proportional-hazards test. Oracle: R survival 3.5,
/// <c>cox.zph(coxph(Surv(days, departed) ~ clinic + prison + mdose, data = addicts))</c> gives clinic
/// p = 0.000836 and GLOBAL p = 0.00646 (notebooks/r/05-addicts.R; Kleinbaum and Klein, ch. 5), so the
/// unstratified model must carry the caveat naming clinic; with clinic as a stratum (prison p = 0.871,
/// mdose p = 0.304) it must not.
/// </summary>
public sealed class CoxPhCaveatTests
{
    private static ReportSection Cox(TempDirectory dir, string model)
    {
        var addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv").Replace('\\', '/');
        var plan = dir.Write($"plan{Guid.NewGuid():N}.json", $$"""
            {
              "datasets": { "a": { "file": "{{addicts}}" } },
              "analyses": [ { "id": "cox", "type": "cox", "dataset": "a", "time": "days", "event": "departed", {{model}}, "ph_test": "km" } ]
            }
            """);
        return Report.Run(AnalysisPlan.Load(plan)).Sections.Single();
    }

    [Fact]
    public void A_failed_ph_test_is_stated_with_the_terms_and_what_to_report_instead()
    {
        using var dir = new TempDirectory();
        var naive = Cox(dir, "\"covariates\": [\"clinic\", \"prison\", \"mdose\"]");
        var caveat = Assert.Single(naive.Narrative, n => n.StartsWith("The proportional-hazards assumption is doubtful", StringComparison.Ordinal));
        Assert.Contains("global test p = 0.0065; clinic (p = 0.0008)", caveat, StringComparison.Ordinal);
        Assert.Contains("stratification by the offending covariate", caveat, StringComparison.Ordinal);
        Assert.Contains(naive.Warnings, w => w.StartsWith("cox: The proportional-hazards assumption is doubtful", StringComparison.Ordinal));

        var stratified = Cox(dir, "\"covariates\": [\"prison\", \"mdose\"], \"strata\": \"clinic\"");
        Assert.DoesNotContain(stratified.Narrative, n => n.Contains("doubtful", StringComparison.Ordinal));
    }
}
