using System.Text;
using OutcomesLab.IO;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>ReportContext: derived datasets published by one analysis are read back as tables by later ones; warnings are kept once.</summary>
public sealed class ReportContextTests
{
    [Fact]
    public void Published_dataset_is_read_back_with_its_columns_and_values()
    {
        using var dir = new TempDirectory();
        var csv = dir.Write("a.csv", "x\n1\n");
        var plan = AnalysisPlanReader.Parse(
            "plan.json",
            dir.File("plan.json"),
            Encoding.UTF8.GetBytes($$"""{ "datasets": { "a": { "file": "{{csv.Replace('\\', '/')}}" } }, "analyses": [ { "id": "km", "type": "km", "dataset": "a", "time": "x", "event": "x" } ] }"""));
        using var stderr = new StringWriter();
        var warnings = new ReportWarnings(m => stderr.WriteLine($"warning: {m}"));
        using var context = new ReportContext(plan, warnings);
        context.Publish("retention", ["id", "arm", "time", "event"], [["1", "methadone", "12.5", "1"], ["2", "bup, \"x\"", "", "0"]], new DerivedDatasetLabels("the dosing records", new Dictionary<string, string> { ["time"] = "time in treatment (days)" }, "patients dosed"));
        var derived = new PlanDatasetRef("retention", new PlanLocation("plan.json", 1, 1, ""));
        var table = context.Table(derived);
        Assert.Equal("the dosing records", context.DataText(derived));
        Assert.Equal("time in treatment (days)", context.ColumnText(derived, "time"));
        Assert.Equal("event", context.ColumnText(derived, "event"));
        Assert.Equal("patients dosed", context.Population(derived));
        Assert.Equal(["id", "arm", "time", "event"], table.Columns.Select(c => c.Name));
        Assert.Equal(ColumnKind.Number, table.FindColumn("time")!.Kind);
        Assert.Equal(["methadone", "bup, \"x\""], ColumnValues.Texts(table, "arm", "arm").Select(t => t ?? "(missing)"));
        var time = ColumnValues.Numbers(table, "time", "time");
        Assert.Equal(12.5, time[0]);
        Assert.True(double.IsNaN(time[1]));

        warnings.Add("w1");
        warnings.Add("w1");
        warnings.Add("w2");
        Assert.Equal(["w1", "w2"], warnings.All);
        Assert.Equal("warning: w1\nwarning: w2\n", stderr.ToString().ReplaceLineEndings("\n"));
    }
}
