using OutcomesLab.Reporting.Plans;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Reporting.Tests;

/// <summary>
/// Dataset <c>label</c> and <c>simulated</c> (issue 17: "the simulated cohort", not "dataset cohort";
/// a simulated data set says it is simulated). The label replaces "dataset NAME" in methods and captions;
/// <c>simulated</c> adds one sentence to the methods of every section that uses the data.
/// </summary>
public sealed class PlanDatasetLabelTests
{
    private static ReportSection Km(TempDirectory dir, string datasetExtra)
    {
        var addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv").Replace('\\', '/');
        var plan = dir.Write($"plan{Guid.NewGuid():N}.json", $$"""
            {
              "datasets": { "a": { "file": "{{addicts}}"{{datasetExtra}} } },
              "analyses": [ { "id": "km", "type": "km", "dataset": "a", "time": "days", "event": "departed", "group": "clinic" } ]
            }
            """);
        return Report.Run(AnalysisPlan.Load(plan)).Sections.Single();
    }

    [Fact]
    public void Label_names_the_data_and_simulated_says_so()
    {
        using var dir = new TempDirectory();
        var plain = Km(dir, "");
        Assert.Contains(plain.Methods, m => m.Contains("in dataset a (238 subjects)", StringComparison.Ordinal));
        Assert.DoesNotContain(plain.Methods, m => m.Contains("simulated", StringComparison.Ordinal));

        var labelled = Km(dir, ", \"label\": \"the Sydney methadone cohort\", \"simulated\": true");
        Assert.Contains(labelled.Methods, m => m.Contains("in the Sydney methadone cohort (238 subjects)", StringComparison.Ordinal));
        Assert.Contains("These data (addicts.csv) are simulated: the results illustrate the methods and describe no real patients.", labelled.Methods);
        Assert.Contains("in the Sydney methadone cohort with pointwise", labelled.Figures.Single().Caption, StringComparison.Ordinal);
        Assert.Equal(plain.Tables.Select(t => t.Table.Rows.Count), labelled.Tables.Select(t => t.Table.Rows.Count));
    }
}
