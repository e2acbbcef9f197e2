using BenchmarkDotNet.Attributes;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// <c>outcomeslab report</c> on the bundled example plan (CTN-0027 retention and urine screens,
/// addicts, the simulated QoL cohort): reading and validating the plan, running its analyses
/// (datasets read once), and writing the report folder (HTML, Markdown, CSV, LaTeX, PNG and SVG).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class ReportBenchmarks
{
    private string planFile = null!;
    private string target = null!;
    private ReportResult result = null!;

    /// <summary>Finds the bundled plan beside the built CLI and runs it once for the writer benchmark.</summary>
    [GlobalSetup]
    public void Setup()
    {
        planFile = Path.Combine(AppContext.BaseDirectory, "examples", "report-plan.json");
        target = Path.Combine(Path.GetTempPath(), $"outcomeslab-report-benchmark-{Environment.ProcessId}");
        result = Analyse();
    }

    /// <summary>Removes the written report.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
    }

    /// <summary>Plan validation and every analysis of the bundled plan (no files written).</summary>
    [Benchmark]
    public int RunAnalyses() => Analyse().Sections.Length;

    /// <summary>Rendering and writing the report folder from finished results (figures dominate).</summary>
    [Benchmark]
    public int WriteReport()
    {
        using var output = ReportOutputDirectory.Reserve(target, force: true, [planFile], ReportFolderWording.Cli);
        return ReportWriter.Write(result, output).Length;
    }

    private ReportResult Analyse() => ReportRunner.Run(AnalysisPlanReader.Read(planFile), new ReportWarnings(null));
}
