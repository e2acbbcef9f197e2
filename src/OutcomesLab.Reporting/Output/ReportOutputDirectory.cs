using System.Diagnostics;
using System.Globalization;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Output;

/// <summary>
/// The report folder, written all-or-nothing and never over anything OutcomesLab did not write.
/// <see cref="Reserve"/> refuses, before any work, a protected folder (<see cref="ProtectedFolders"/>:
/// the file-system root, the current folder and its parents, the home folder and its parents, any
/// folder holding an input), a symbolic link, a file, and an existing non-empty folder unless
/// <c>--force</c> is given and the folder is a report OutcomesLab wrote (<see cref="ReportFolderMarker"/>);
/// it then takes a lock file beside the folder so that a second run for the same folder stops with
/// exit 2. Files go into a hidden temporary sibling folder, which <see cref="Commit"/> renames into
/// place (moving the replaced report aside first and deleting it only afterwards). A failure or kill
/// mid-way leaves nothing under the final name and the old report untouched; the hidden folders and
/// lock a killed run leaves behind (named with its process id) are removed by the next run once that
/// process is gone.
/// </summary>
internal sealed class ReportOutputDirectory : IDisposable
{
    private readonly bool _force;
    private readonly string _asGiven;
    private readonly ReportFolderWording _wording;
    private readonly IReadOnlyList<string> _inputs;
    private readonly string _lock;
    private string? _temp;
    private bool _committed;

    private ReportOutputDirectory(string asGiven, string target, bool force, IReadOnlyList<string> inputs, string lockPath, ReportFolderWording wording)
    {
        _wording = wording;
        _asGiven = asGiven;
        Target = target;
        _force = force;
        _inputs = inputs;
        _lock = lockPath;
    }

    /// <summary>The final folder.</summary>
    public string Target { get; }

    /// <summary>The temporary sibling folder being written (after <see cref="Begin"/>).</summary>
    public string TempPath => _temp ?? throw new InvalidOperationException("Begin() has not been called.");

    /// <summary>Checks the target without touching anything and takes the folder's lock (call before running the analyses).</summary>
    /// <param name="path">--output as given.</param>
    /// <param name="force">Whether an existing report folder OutcomesLab wrote may be replaced.</param>
    /// <param name="inputs">The run's input files.</param>
    /// <param name="wording">How messages name the folder and the replace setting.</param>
    /// <exception cref="UsageException">The folder may not be written (see the type summary), or another run holds it.</exception>
    public static ReportOutputDirectory Reserve(string path, bool force, IEnumerable<string> inputs, ReportFolderWording wording)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var inputList = inputs.ToList();
        CheckTarget(path, target, force, inputList, wording);
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            throw new UsageException($"{wording.Output} {path}: the folder {parent} does not exist. Create it first.");
        }

        var lockPath = Path.Combine(parent, $".{Path.GetFileName(target)}.lock");
        TakeLock(path, lockPath, wording);
        return new ReportOutputDirectory(path, target, force, inputList, lockPath, wording);
    }

    /// <summary>Creates the temporary sibling folder (with an incomplete marker), after removing the ones that killed runs left behind.</summary>
    public void Begin()
    {
        var parent = Path.GetDirectoryName(Target)!;
        RemoveAbandoned(parent, Path.GetFileName(Target));
        _temp = Path.Combine(parent, SiblingName(Target, "tmp"));
        Guarded(() =>
        {
            Directory.CreateDirectory(_temp);
            File.WriteAllText(Path.Combine(_temp, ReportFolderMarker.FileName), ReportFolderMarker.Render([], complete: false));
        });
    }

    /// <summary>Writes a file (relative path with '/' separators) into the temporary folder.</summary>
    public void Write(string relative, byte[] content)
    {
        var path = Path.Combine(TempPath, relative.Replace('/', Path.DirectorySeparatorChar));
        Guarded(() =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        });
    }

    /// <summary>Writes UTF-8 text (no BOM).</summary>
    public void WriteText(string relative, string text) => Write(relative, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Completes the marker with <paramref name="files"/> and moves the finished folder into place (replacing an existing report with --force).</summary>
    public void Commit(IEnumerable<string> files)
    {
        Guarded(() => File.WriteAllText(Path.Combine(TempPath, ReportFolderMarker.FileName), ReportFolderMarker.Render(files, complete: true)));

        // The folder may have changed while the analyses ran: the same rules again, just before the move.
        CheckTarget(_asGiven, Target, _force, _inputs, _wording);
        string? old = null;
        if (Directory.Exists(Target))
        {
            old = Path.Combine(Path.GetDirectoryName(Target)!, SiblingName(Target, "old"));
            Guarded(() => Directory.Move(Target, old));
        }

        try
        {
            Directory.Move(TempPath, Target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (old is not null)
            {
                Directory.Move(old, Target);
            }

            throw new InputException(new InputProblem(_asGiven, null, null, "a folder OutcomesLab can put the report in", null, $"Moving the finished report into place failed ({ex.Message}); nothing was changed there. Choose another {_wording.Output}."), ex);
        }

        _committed = true;
        if (old is not null)
        {
            TryDelete(old);
        }
    }

    /// <summary>Deletes the temporary folder unless committed, and releases the lock.</summary>
    public void Dispose()
    {
        if (!_committed && _temp is not null)
        {
            TryDelete(_temp);
        }

        try
        {
            File.Delete(_lock);
        }
        catch (IOException)
        {
            // A leftover lock names a process that is gone; the next run removes it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    private static void CheckTarget(string asGiven, string target, bool force, IReadOnlyList<string> inputs, ReportFolderWording wording)
    {
        if (ProtectedFolders.Reason(target, inputs) is { } why)
        {
            throw new UsageException($"{wording.Output} {asGiven}: {target} {why}; OutcomesLab never replaces or writes a report over it, even with {wording.Force}. Name a new folder for the report, e.g. {wording.Output} outcomeslab-report.");
        }

        var kind = FileSystemEntry.KindOf(target);
        switch (kind)
        {
            case FileSystemEntryKind.Missing:
                return;
            case FileSystemEntryKind.Directory:
                break;
            case FileSystemEntryKind.SymbolicLink:
                throw new UsageException($"{wording.Output} {asGiven} is a symbolic link (to {new DirectoryInfo(target).LinkTarget}); OutcomesLab neither follows nor replaces links. Name a new folder for the report.");
            default:
                throw new UsageException($"{wording.Output} {asGiven} is {FileSystemEntry.Describe(kind)}; the report is a folder. Choose a folder name.");
        }

        if (!Directory.EnumerateFileSystemEntries(target).Any())
        {
            return;
        }

        var notOurs = ReportFolderMarker.WhyNotOurs(target);
        if (notOurs is not null)
        {
            throw new UsageException($"{wording.Output} {asGiven}: the folder exists and {notOurs}. OutcomesLab replaces only a report folder it wrote itself{(force ? $", even with {wording.Force}" : "")}. Choose a new folder, or move those files away yourself.");
        }

        if (!force)
        {
            throw new UsageException($"{wording.Output} {asGiven}: the folder holds an earlier OutcomesLab report. Add {wording.Force} to replace it, or choose another folder.");
        }
    }

    // The lock is a file created exclusively beside the folder, holding the process id; a lock whose
    // process is gone (a killed run) is taken over.
    private static void TakeLock(string asGiven, string lockPath, ReportFolderWording wording)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                using var stream = new FileStream(lockPath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture)));
                return;
            }
            catch (IOException) when (File.Exists(lockPath))
            {
                var holder = ReadPid(lockPath);
                if (holder is null)
                {
                    throw new UsageException($"{wording.Output} {asGiven}: the lock file {lockPath} exists but holds no process id (another run is just starting, or the file is not OutcomesLab's). Try again; if it persists, move that file away.");
                }

                if (IsRunning(holder.Value))
                {
                    throw new UsageException($"{wording.Output} {asGiven}: another OutcomesLab run (process {holder}) is writing this report folder (lock {lockPath}). Wait for it to finish, or choose another folder.");
                }

                TryDeleteFile(lockPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"{wording.Output} {asGiven}: OutcomesLab cannot write in {Path.GetDirectoryName(lockPath)} ({ex.Message}). Nothing was written; choose a folder you can write to.");
            }
        }

        throw new UsageException($"{wording.Output} {asGiven}: another OutcomesLab run keeps taking the lock {lockPath}. Wait for it to finish, or choose another folder.");
    }

    private static int? ReadPid(string path)
    {
        try
        {
            return int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    // Wraps a file-system failure while writing (disk full, read-only, permission) into exit 2 with a clear message.
    private void Guarded(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new InputProblem(_asGiven, null, null, "a folder OutcomesLab can write the report in", null, $"Writing the report failed ({ex.Message}). Nothing was written under {Target} and an earlier report there is unchanged; free space, make the folder writable or choose another {_wording.Output}."), ex);
        }
    }

    // ".NAME.PID-GUID.tmp": the process id lets a later run tell a folder abandoned by a killed run
    // (its process is gone) from one a concurrent run is still writing.
    private static string SiblingName(string target, string suffix) =>
        string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(target)}.{Environment.ProcessId}-{Guid.NewGuid():N}.{suffix}");

    /// <summary>Deletes ".NAME.PID-GUID.tmp" and ".old" siblings that carry OutcomesLab's marker and whose process no longer runs (anything else is left alone).</summary>
    private static void RemoveAbandoned(string parent, string name)
    {
        var prefix = "." + name + ".";
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var rest = Path.GetFileName(folder)[prefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (!(rest.EndsWith(".tmp", StringComparison.Ordinal) || rest.EndsWith(".old", StringComparison.Ordinal))
                || dash <= 0 || !int.TryParse(rest.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid)
                || FileSystemEntry.KindOf(folder) != FileSystemEntryKind.Directory || !ReportFolderMarker.HasMarker(folder))
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

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Taken over below or reported by the next attempt.
        }
    }
}
