using System.Reflection;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>DESIGN.md: dependencies point inward; Core never sees a DataFrame, CsvHelper or ScottPlot type.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] EdgeLibraries = ["CsvHelper", "Microsoft.Data.Analysis", "ScottPlot", "SkiaSharp", "System.CommandLine", "Spectre.Console"];

    [Fact]
    public void Core_references_no_edge_library()
    {
        var core = typeof(OutcomesLab.Diagnostic).Assembly;
        var referenced = core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(referenced, name => EdgeLibraries.Any(edge => name.StartsWith(edge, StringComparison.Ordinal)));
        Assert.DoesNotContain(referenced, name => name.StartsWith("OutcomesLab.", StringComparison.Ordinal));
    }

    [Fact]
    public void IO_and_Plotting_do_not_reference_each_other_or_the_CLI()
    {
        var io = Assembly.Load("OutcomesLab.IO").GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var plotting = Assembly.Load("OutcomesLab.Plotting").GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(io, n => n.StartsWith("ScottPlot", StringComparison.Ordinal) || n == "OutcomesLab.Plotting" || n == "outcomeslab");
        Assert.DoesNotContain(plotting, n => n.StartsWith("CsvHelper", StringComparison.Ordinal) || n == "OutcomesLab.IO" || n == "outcomeslab");
    }

    [Fact]
    public void Reporting_references_no_console_library_and_not_the_CLI()
    {
        var reporting = typeof(Report).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(reporting, n => n.StartsWith("System.CommandLine", StringComparison.Ordinal) || n.StartsWith("Spectre.Console", StringComparison.Ordinal) || n == "outcomeslab");
        Assert.Contains("OutcomesLab.Core", reporting);
    }

    [Fact]
    public void CLI_runs_reports_through_the_Reporting_library()
    {
        var cli = typeof(CliApp).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("OutcomesLab.Reporting", cli);
        Assert.DoesNotContain(typeof(CliApp).Assembly.GetTypes(), t => t.Namespace?.StartsWith("OutcomesLab.Cli.Reporting", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Core_IO_and_Plotting_do_not_reference_Reporting()
    {
        foreach (var name in new[] { "OutcomesLab.IO", "OutcomesLab.Plotting" })
        {
            Assert.DoesNotContain("OutcomesLab.Reporting", Assembly.Load(name).GetReferencedAssemblies().Select(a => a.Name!));
        }
    }
}
