using System.Diagnostics;

namespace OutcomesLab.Cli.Tests;

/// <summary>Starts the built CLI (outcomeslab.dll, copied beside the tests) as a child process through the dotnet host running the tests.</summary>
internal static class CliChildProcess
{
    /// <summary>A start description for <c>dotnet exec outcomeslab.dll ARGS</c> with redirected output.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "outcomeslab.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        return start;
    }

    /// <summary>The dotnet host running these tests (the muxer), falling back to "dotnet" on the PATH.</summary>
    private static string DotnetHost()
    {
        var fromEnv = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (fromEnv is not null && File.Exists(fromEnv))
        {
            return fromEnv;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var candidate = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return candidate is not null && File.Exists(candidate) ? candidate : "dotnet";
    }
}
