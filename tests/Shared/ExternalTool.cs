using System.Diagnostics;
using Xunit;

namespace OutcomesLab.Testing;

/// <summary>Runs an installed program (pdffonts, gs, pdftoppm ...) that a test uses as an independent reader of our files.</summary>
public static class ExternalTool
{
    /// <summary>Runs <paramref name="name"/> from PATH and returns its stdout, or null when it is not installed; a failing run (non-zero exit) fails the test.</summary>
    /// <param name="name">The program.</param>
    /// <param name="args">Its arguments.</param>
    /// <returns>Its standard output, or null.</returns>
    public static string? Run(string name, params string[] args)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(d => d.Length > 0 && File.Exists(Path.Combine(d, name)));
        if (!found)
        {
            return null;
        }

        var info = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{name} failed ({process.ExitCode}): {stderr}");
        Assert.DoesNotContain("Error", stderr, StringComparison.Ordinal);
        return stdout.Result;
    }
}
