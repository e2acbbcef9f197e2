using System.Diagnostics;
using System.Globalization;
using OutcomesLab.IO;

namespace OutcomesLab.Cli.Reporting;

/// <summary>
/// The report folder, written all-or-nothing: files go into a hidden temporary sibling folder, which
/// is renamed into place at the end. An existing non-empty folder is replaced only with --force (and
/// only after the new report is complete); a folder that is, or contains, an input file is refused.
/// A failure or kill mid-way leaves nothing under the final name; the hidden folder a killed run
/// leaves behind (named with its process id) is removed by the next run once that process is gone.
/// </summary>
internal sealed class ReportOutputDirectory : IDisposable
{
    private readonly bool _force;
    private bool _committed;

    private ReportOutputDirectory(string target, string temp, bool force)
    {
        Target = target;
        TempPath = temp;
        _force = force;
    }

    /// <summary>The final folder.</summary>
    public string Target { get; }

    /// <summary>The temporary sibling folder being written.</summary>
    public string TempPath { get; }

    /// <summary>Checks the target without touching anything (call before running the analyses).</summary>
    /// <exception cref="UsageException">The folder exists and is not empty without --force, is a file, is or contains an input, or its parent does not exist.</exception>
    public static string Check(string path, bool force, IEnumerable<string> inputs)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (string.Equals(full, target, comparison) || full.StartsWith(target + Path.DirectorySeparatorChar, comparison))
            {
                throw new UsageException($"--output {path}: the report folder would contain the input file {input}; OutcomesLab never deletes or overwrites its inputs. Choose another folder, e.g. --output outcomeslab-report.");
            }
        }

        if (File.Exists(target))
        {
            throw new UsageException($"--output {path} is a file; the report is a folder. Choose a folder name.");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !force)
        {
            throw new UsageException($"--output {path}: the folder exists and is not empty. Add --force to replace it, or choose another folder.");
        }

        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            throw new UsageException($"--output {path}: the folder {parent} does not exist. Create it first.");
        }

        return target;
    }

    /// <summary>Creates the temporary sibling folder of a checked target, after removing the ones that killed runs left behind.</summary>
    /// <param name="target">The checked final folder.</param>
    /// <param name="force">Whether an existing report may be replaced.</param>
    public static ReportOutputDirectory Begin(string target, bool force)
    {
        var parent = Path.GetDirectoryName(target)!;
        RemoveAbandoned(parent, Path.GetFileName(target));
        var temp = Path.Combine(parent, SiblingName(target, "tmp"));
        Directory.CreateDirectory(temp);
        return new ReportOutputDirectory(target, temp, force);
    }

    // ".NAME.PID-GUID.tmp": the process id lets a later run tell a folder abandoned by a killed run
    // (its process is gone) from one a concurrent run is still writing.
    private static string SiblingName(string target, string suffix) =>
        string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(target)}.{Environment.ProcessId}-{Guid.NewGuid():N}.{suffix}");

    /// <summary>Deletes ".NAME.PID-GUID.tmp" and ".old" siblings whose process no longer runs (folders of other names, or without a process id, are left alone).</summary>
    private static void RemoveAbandoned(string parent, string name)
    {
        var prefix = "." + name + ".";
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var rest = Path.GetFileName(folder)[prefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (!(rest.EndsWith(".tmp", StringComparison.Ordinal) || rest.EndsWith(".old", StringComparison.Ordinal))
                || dash <= 0 || !int.TryParse(rest.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            TryDelete(folder);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Writes a file (relative path with '/' separators) into the temporary folder.</summary>
    public void Write(string relative, byte[] content)
    {
        var path = Path.Combine(TempPath, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Writes UTF-8 text (no BOM).</summary>
    public void WriteText(string relative, string text) => Write(relative, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Moves the finished folder into place (replacing an existing one with --force).</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(Target))
        {
            if (Directory.EnumerateFileSystemEntries(Target).Any() && !_force)
            {
                throw new InputException(new InputProblem(Target, null, null, "a folder that is empty or does not exist", null, "The folder was filled by someone else while the report ran; add --force or choose another folder."));
            }

            old = Path.Combine(Path.GetDirectoryName(Target)!, SiblingName(Target, "old"));
            Directory.Move(Target, old);
        }

        try
        {
            Directory.Move(TempPath, Target);
        }
        catch
        {
            if (old is not null)
            {
                Directory.Move(old, Target);
            }

            throw;
        }

        _committed = true;
        if (old is not null)
        {
            TryDelete(old);
        }
    }

    /// <summary>Deletes the temporary folder unless committed.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(TempPath);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover hidden folder is harmless, the original error matters more.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
