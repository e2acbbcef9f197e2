using OutcomesLab.IO.Internal;

namespace OutcomesLab.IO;

/// <summary>
/// What a path is and which file it names, as the output rules need them: the entry kind without
/// following a final symbolic link, the real path with every symbolic link resolved, and whether two
/// paths name the same file (same real path, or on Linux the same device and inode, which also
/// catches hard links).
/// </summary>
public static class FileSystemEntry
{
    private const int MaxLinkHops = 40;

    /// <summary>The kind of entry at <paramref name="path"/> (a symbolic link is reported as such, not followed).</summary>
    /// <param name="path">Any path.</param>
    /// <returns>The kind; <see cref="FileSystemEntryKind.Missing"/> when nothing is there.</returns>
    public static FileSystemEntryKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (UnixFileStatus.TryGet(full, out var type, out _))
        {
            return type switch
            {
                0x8000 => FileSystemEntryKind.RegularFile,
                0x4000 => FileSystemEntryKind.Directory,
                0xA000 => FileSystemEntryKind.SymbolicLink,
                0x1000 => FileSystemEntryKind.NamedPipe,
                0x2000 or 0x6000 => FileSystemEntryKind.Device,
                _ => FileSystemEntryKind.Socket,
            };
        }

        var info = new FileInfo(full);
        if (info.Exists || Directory.Exists(full))
        {
            if (info.LinkTarget is not null || new DirectoryInfo(full).LinkTarget is not null)
            {
                return FileSystemEntryKind.SymbolicLink;
            }

            return Directory.Exists(full) ? FileSystemEntryKind.Directory : FileSystemEntryKind.RegularFile;
        }

        // A dangling link: neither a file nor a folder exists, but the link itself does.
        return info.LinkTarget is not null ? FileSystemEntryKind.SymbolicLink : FileSystemEntryKind.Missing;
    }

    /// <summary>The kind in words, for messages ("a symbolic link", "a named pipe (FIFO)").</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>An indefinite noun phrase.</returns>
    public static string Describe(FileSystemEntryKind kind) => kind switch
    {
        FileSystemEntryKind.Missing => "nothing",
        FileSystemEntryKind.RegularFile => "a file",
        FileSystemEntryKind.Directory => "a folder",
        FileSystemEntryKind.SymbolicLink => "a symbolic link",
        FileSystemEntryKind.NamedPipe => "a named pipe (FIFO)",
        FileSystemEntryKind.Device => "a device",
        _ => "a socket",
    };

    /// <summary>
    /// The absolute path with every symbolic link along it resolved (as POSIX <c>realpath</c>, except
    /// that components which do not exist yet are kept as given and <c>..</c> is applied to the text
    /// first, as <see cref="Path.GetFullPath(string)"/> does).
    /// </summary>
    /// <param name="path">Any path.</param>
    /// <returns>The resolved absolute path without a trailing separator.</returns>
    public static string RealPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var hops = 0;
        return Resolve(Path.GetFullPath(path), ref hops);
    }

    /// <summary>Whether two paths name the same file or folder: the same real path, or (Linux) the same device and inode.</summary>
    /// <param name="a">One path.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when writing to one would change the other.</returns>
    public static bool SameFile(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (PathsEqual(Path.GetFullPath(a), Path.GetFullPath(b)))
        {
            return true;
        }

        string realA = RealPath(a), realB = RealPath(b);
        return PathsEqual(realA, realB)
            || (UnixFileStatus.TryGet(realA, out _, out var idA) && UnixFileStatus.TryGet(realB, out _, out var idB) && idA == idB);
    }

    /// <summary>Whether <paramref name="folder"/> is <paramref name="path"/> or one of its ancestors, comparing paths as the file system does.</summary>
    /// <param name="folder">An absolute folder path.</param>
    /// <param name="path">An absolute path.</param>
    /// <returns>True when <paramref name="path"/> lies inside <paramref name="folder"/> or equals it.</returns>
    public static bool IsSameOrInside(string folder, string path)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(path);
        var f = Path.TrimEndingDirectorySeparator(folder);
        var p = Path.TrimEndingDirectorySeparator(path);
        if (PathsEqual(f, p))
        {
            return true;
        }

        var prefix = f.EndsWith(Path.DirectorySeparatorChar) ? f : f + Path.DirectorySeparatorChar;
        return p.StartsWith(prefix, Comparison);
    }

    /// <summary>Ordinal on Linux, case-insensitive on Windows and macOS (their default file systems).</summary>
    internal static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    internal static bool PathsEqual(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), Comparison);

    private static string Resolve(string full, ref int hops)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var next = Path.Combine(current, part);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                // Unreadable link: keep the path as written.
            }
            catch (UnauthorizedAccessException)
            {
                // Same as above.
            }

            if (target is not null && hops++ < MaxLinkHops)
            {
                current = Resolve(Path.GetFullPath(target, current), ref hops);
            }
            else
            {
                current = next;
            }
        }

        return Path.TrimEndingDirectorySeparator(current.Length == 0 ? full : current);
    }
}
