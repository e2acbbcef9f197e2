using System.Diagnostics;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Issue #23: a report onto a full or a read-only file system fails with a clear message, leaves no
/// partial output and does not touch the earlier report. The file systems are small tmpfs mounts in a
/// private mount namespace (<c>unshare --map-root-user --mount</c>, which needs no privileges), so the
/// test changes nothing outside itself.
/// </summary>
public sealed class FileSystemLimitTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv");

    // Runs SCRIPT as sh inside a new user+mount namespace with $MNT a fresh tmpfs of the given size and
    // cli the command line of outcomeslab; results are written to files in the test's folder.
    private static void InNamespace(TempDirectory dir, string size, string script)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/unshare"))
        {
            Assert.Skip("needs Linux and unshare(1) (util-linux) for a private tmpfs");
        }

        var cli = CliChildProcess.StartInfo([]);
        var mount = Directory.CreateDirectory(dir.File("mnt")).FullName;
        var start = new ProcessStartInfo("/usr/bin/unshare") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = dir.Path };
        foreach (var a in new[] { "--map-root-user", "--mount", "sh", "-c", $"set -u; MNT='{mount}'; cli() {{ '{cli.FileName}' exec '{cli.ArgumentList[1]}' \"$@\"; }}; mount -t tmpfs -o size={size} none \"$MNT\" || exit 97; {script}" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit();
        if (process.ExitCode == 97 || err.Result.Contains("unshare failed", StringComparison.Ordinal))
        {
            Assert.Skip($"user and mount namespaces are not available here: {err.Result}");
        }

        Assert.True(process.ExitCode == 0, err.Result);
    }

    // The mount point itself is left out: the lock and the temporary folder beside the report change its mtime.
    private const string Snapshot = "(cd \"$MNT\" && find . -mindepth 1 -printf '%p|%y|%s|%T@\\n' | sort && find . -type f -exec sha256sum {} + | sort)";

    private static string Plan(TempDirectory dir)
    {
        var csv = dir.File("addicts.csv");
        File.Copy(Addicts, csv);
        return dir.Write("plan.json", $$"""
            { "title": "Addicts", "datasets": { "addicts": { "file": "{{csv}}" } },
              "analyses": [ { "id": "km", "type": "km", "dataset": "addicts", "time": "days", "event": "departed", "group": "clinic" } ] }
            """);
    }

    [Fact]
    public void Full_file_system_fails_clearly_and_keeps_the_earlier_report()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);

        // One report of this plan takes about 260 kB: the first fits in 400 kB, a second beside it does not.
        InNamespace(dir, "400k", $"""
            cli report --plan '{plan}' --output "$MNT/report" --quiet > first.out 2> first.err; echo $? > first.rc
            {Snapshot} > before.txt
            cli report --plan '{plan}' --output "$MNT/report" --force --quiet > second.out 2> second.err; echo $? > second.rc
            {Snapshot} > after.txt
            ls -A "$MNT" > entries.txt
            """);
        Assert.Equal("0", File.ReadAllText(dir.File("first.rc")).Trim());
        var err = File.ReadAllText(dir.File("second.err"));
        Assert.Equal("2", File.ReadAllText(dir.File("second.rc")).Trim());
        Assert.Contains("No space left on device", err, StringComparison.Ordinal);
        Assert.Contains("an earlier report there is unchanged", err, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(dir.File("before.txt")), File.ReadAllText(dir.File("after.txt")));
        Assert.Equal("report", File.ReadAllText(dir.File("entries.txt")).Trim());
    }

    [Fact]
    public void Read_only_file_system_fails_clearly_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);
        InNamespace(dir, "1m", $"""
            echo mine > "$MNT/notes.txt"
            mount -o remount,ro "$MNT" || exit 97
            {Snapshot} > before.txt
            cli report --plan '{plan}' --output "$MNT/report" > report.out 2> report.err; echo $? > report.rc
            cli km --input '{Addicts}' --time days --event departed --output "$MNT/km.csv" --format csv > km.out 2> km.err; echo $? > km.rc
            {Snapshot} > after.txt
            """);
        Assert.Equal("2", File.ReadAllText(dir.File("report.rc")).Trim());
        Assert.Contains("OutcomesLab cannot write in", File.ReadAllText(dir.File("report.err")), StringComparison.Ordinal);
        Assert.Contains("Read-only file system", File.ReadAllText(dir.File("report.err")), StringComparison.Ordinal);
        Assert.Equal("2", File.ReadAllText(dir.File("km.rc")).Trim());
        Assert.Contains("Nothing was written", File.ReadAllText(dir.File("km.err")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(dir.File("before.txt")), File.ReadAllText(dir.File("after.txt")));
    }
}
