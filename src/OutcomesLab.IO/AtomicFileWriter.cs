namespace OutcomesLab.IO;

/// <summary>
/// Writes output files atomically: the content goes to a temporary file in the same folder, which is
/// then renamed over the target, so readers never see a half-written file. An existing file is only
/// replaced with <c>force</c> (CLI: <c>--force</c>), an input file is never overwritten, and the
/// temporary file is deleted if anything fails.
/// </summary>
public static class AtomicFileWriter
{
    /// <summary>Writes a file atomically.</summary>
    /// <param name="path">The output file.</param>
    /// <param name="write">Writes the content to the stream it is given (a fresh temporary file).</param>
    /// <param name="force">Replace an existing file.</param>
    /// <param name="inputPaths">Input files of the run; the output path must not be one of them.</param>
    /// <exception cref="InputException">The file exists and <paramref name="force"/> is false, the path is an input file, or the folder does not exist.</exception>
    public static void Write(string path, Action<Stream> write, bool force = false, IEnumerable<string>? inputPaths = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        foreach (var input in inputPaths ?? [])
        {
            if (SamePath(full, Path.GetFullPath(input)))
            {
                throw new InputException(new InputProblem(path, null, null, "an output path different from the input files", null, "The output would overwrite an input file; choose another --output path."));
            }
        }

        if (Directory.Exists(full))
        {
            throw new InputException(new InputProblem(path, null, null, "an output file path", null, $"\"{full}\" is a folder; name a file inside it."));
        }

        if (!force && File.Exists(full))
        {
            throw new InputException(new InputProblem(path, null, null, "a path where no file exists yet", null, "The file already exists; choose another --output path or add --force to replace it."));
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new InputException(new InputProblem(path, null, null, "an output path in an existing folder", null, $"The folder \"{folder}\" does not exist; create it first."));
        }

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
        catch
        {
            TryDelete(temp);
            throw;
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

    private static bool SamePath(string a, string b)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (string.Equals(a, b, comparison))
        {
            return true;
        }

        // A symbolic link to the input is the input.
        return string.Equals(Resolve(a), Resolve(b), comparison);
    }

    private static string Resolve(string path)
    {
        try
        {
            var target = File.Exists(path) ? new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) : null;
            return target?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
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
