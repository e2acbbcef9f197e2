using System.Diagnostics;
using System.Text.Json;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Issue #10, crash safety: a <c>report</c> process killed at any moment leaves either no folder
/// under the final name or the complete report (every file that provenance.json lists, the HTML
/// closed), never a partial one; the report is built in a hidden temporary sibling folder and
/// renamed into place in one step.
/// </summary>
public sealed class ReportCrashSafetyTests
{
    [Theory]
    [InlineData(300)]
    [InlineData(1200)]
    [InlineData(2500)]
    [InlineData(4000)]
    [InlineData(6000)]
    public void KilledReportLeavesNoPartialFolder(int killAfterMs)
    {
        using var dir = new TempDirectory();
        var target = dir.File("report");
        using (var process = Process.Start(CliChildProcess.StartInfo(["report", "--quiet", "--output", target]))!)
        {
            _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var finished = process.WaitForExit(killAfterMs);
            if (!finished)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            if (killAfterMs == 300)
            {
                // Start-up alone takes longer than this; make sure the case really kills mid-run.
                Assert.False(finished, "the report finished within 300 ms, so no kill was exercised");
            }
        }

        var visible = Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).ToList();
        Assert.True(visible.Count == 0 || (visible.Count == 1 && visible[0] == "report"), $"unexpected entries: {string.Join(", ", visible)}");
        if (Directory.Exists(target))
        {
            using var provenance = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(target, "provenance.json")));
            var outputs = provenance.RootElement.GetProperty("outputs").EnumerateArray().Select(e => e.GetString()!).ToList();
            Assert.Contains("report.html", outputs);
            Assert.All(outputs, o => Assert.True(File.Exists(Path.Combine(target, o)), $"{o} listed but missing"));
            Assert.EndsWith("</html>", File.ReadAllText(Path.Combine(target, "report.html")).TrimEnd(), StringComparison.Ordinal);
        }
    }
}
