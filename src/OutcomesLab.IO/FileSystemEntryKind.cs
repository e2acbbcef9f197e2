namespace OutcomesLab.IO;

/// <summary>What a path names, without following a symbolic link at its last component (POSIX <c>lstat</c>).</summary>
public enum FileSystemEntryKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (whatever it points to, or a dangling one).</summary>
    SymbolicLink,

    /// <summary>A named pipe (FIFO).</summary>
    NamedPipe,

    /// <summary>A character or block device.</summary>
    Device,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}
