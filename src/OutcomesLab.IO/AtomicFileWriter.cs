namespace OutcomesLab.IO;

/// <summary>
/// Writes output files atomically: the content goes to a temporary file in the same folder, which is
/// then renamed over the target, so readers never see a half-written file. The rules every output
/// file follows (<see cref="Check"/>): an existing file is replaced only with <c>force</c> (CLI:
/// <c>--force</c>) and only when it is a regular file (never a folder, a symbolic link, a named pipe,
/// a device or a socket); an input file of the run is never written, whether named by the same path,
/// through a symbolic link or (Linux) by a hard link to the same inode; the temporary file is deleted
/// if anything fails.
/// </summary>
public static class AtomicFileWriter
{
    /// <summary>Checks an output path against the rules above without writing anything.</summary>
    /// <param name="path">The output file.</param>
    /// <param name="force">Whether an existing regular file may be replaced.</param>
    /// <param name="inputPaths">Input files of the run.</param>
    /// <exception cref="InputException">The path breaks one of the rules; the message names the path and how to fix it.</exception>
    public static void Check(string path, bool force = false, IEnumerable<string>? inputPaths = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        foreach (var input in inputPaths ?? [])
        {
            if (FileSystemEntry.SameFile(full, input))
            {
                throw Refused(path, "an output path different from the input files", $"It names the input file {input} (the same file, through a link or by path); OutcomesLab never overwrites its input. Choose another output path.");
            }
        }

        var kind = FileSystemEntry.KindOf(full);
        switch (kind)
        {
            case FileSystemEntryKind.Missing:
                break;
            case FileSystemEntryKind.RegularFile when force:
                break;
            case FileSystemEntryKind.RegularFile:
                throw Refused(path, "a path where no file exists yet", "The file already exists; choose another output path or add --force to replace it.");
            case FileSystemEntryKind.Directory:
                throw Refused(path, "an output file path", $"\"{full}\" is a folder; name a file inside it.");
            case FileSystemEntryKind.SymbolicLink:
                throw Refused(path, "a regular file or a new path", $"\"{full}\" is a symbolic link (to {LinkTarget(full)}); OutcomesLab neither follows nor replaces links, even with --force. Name the file itself, or remove the link.");
            default:
                throw Refused(path, "a regular file or a new path", $"\"{full}\" is {FileSystemEntry.Describe(kind)}, not a regular file; OutcomesLab writes only regular files. Choose another output path.");
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw Refused(path, "an output path in an existing folder", $"The folder \"{folder}\" does not exist; create it first.");
        }
    }

    /// <summary>Writes a file atomically after <see cref="Check"/>.</summary>
    /// <param name="path">The output file.</param>
    /// <param name="write">Writes the content to the stream it is given (a fresh temporary file).</param>
    /// <param name="force">Replace an existing regular file.</param>
    /// <param name="inputPaths">Input files of the run; the output path must not be one of them.</param>
    /// <exception cref="InputException">The path breaks a rule of <see cref="Check"/>, or the file system refuses the write (read-only, full, no permission); nothing is left behind.</exception>
    public static void Write(string path, Action<Stream> write, bool force = false, IEnumerable<string>? inputPaths = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        Check(path, force, inputPaths);
        var full = Path.GetFullPath(path);

        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temp, full, overwrite: force);
            }
            catch (IOException ex) when (!force && File.Exists(full))
            {
                throw new InputException(new InputProblem(path, null, null, "a path where no file exists yet", null, "The file was created by someone else while writing; choose another --output path or add --force to replace it."), ex);
            }
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            TryDelete(temp);
            throw Refused(path, "a folder OutcomesLab can write in", $"Writing failed ({ex.Message}). Nothing was written and no existing file was changed; free space, make the folder writable or choose another output path.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            TryDelete(temp);
            throw Refused(path, "a folder OutcomesLab may write in", $"Permission denied ({ex.Message}). Nothing was written; choose another output path.", ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>An <see cref="InputException"/> naming the output path, what it should be and how to fix it.</summary>
    internal static InputException Refused(string path, string expected, string fix, Exception? inner = null)
    {
        var problem = new InputProblem(path, null, null, expected, null, fix);
        return inner is null ? new InputException(problem) : new InputException(problem, inner);
    }

    private static string LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget ?? "?";
        }
        catch (IOException)
        {
            return "?";
        }
    }

    /// <summary>Writes text atomically as UTF-8 without BOM.</summary>
    /// <param name="path">The output file.</param>
    /// <param name="contents">The text.</param>
    /// <param name="force">Replace an existing file.</param>
    /// <param name="inputPaths">Input files of the run; the output path must not be one of them.</param>
    /// <exception cref="InputException">As for <see cref="Write"/>.</exception>
    public static void WriteAllText(string path, string contents, bool force = false, IEnumerable<string>? inputPaths = null)
    {
        ArgumentNullException.ThrowIfNull(contents);
        Write(path, s =>
        {
            using var writer = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(contents);
        }, force, inputPaths);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the original exception matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
