namespace OutcomesLab.IO;

/// <summary>
/// Folders that no OutcomesLab command ever replaces, deletes or writes a report over, whatever the
/// options: the root of a file system, the current folder and its parents, the user's home folder and
/// its parents, and every folder that holds an input file of the run (its own folder and all parents).
/// Each test is done on the path as given and on its real path (symbolic links resolved), so a link to
/// the home folder is the home folder.
/// </summary>
public static class ProtectedFolders
{
    /// <summary>Why <paramref name="folder"/> must not be replaced, or null when it is not protected.</summary>
    /// <param name="folder">The candidate output folder.</param>
    /// <param name="inputFiles">The run's input files.</param>
    /// <returns>A clause for a message ("is the current folder"), or null.</returns>
    public static string? Reason(string folder, IEnumerable<string> inputFiles)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(inputFiles);
        string[] forms = [Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), FileSystemEntry.RealPath(folder)];
        if (forms.Any(f => FileSystemEntry.PathsEqual(f, Path.GetPathRoot(f) ?? "")))
        {
            return "is the root of the file system";
        }

        var cwd = Environment.CurrentDirectory;
        if (Relation(forms, cwd) is { } here)
        {
            return here ? "is the current folder" : $"is a parent of the current folder ({cwd})";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Relation(forms, home) is { } atHome)
        {
            return atHome ? "is your home folder" : $"is a parent of your home folder ({home})";
        }

        foreach (var input in inputFiles)
        {
            if (Relation(forms, input) is not null)
            {
                return $"holds the input file {input}";
            }
        }

        return null;
    }

    // True when a form of the folder is the path itself, false when it is a parent of it, null otherwise.
    private static bool? Relation(string[] forms, string path)
    {
        string[] targets = [Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), FileSystemEntry.RealPath(path)];
        var equal = false;
        var inside = false;
        foreach (var f in forms)
        {
            foreach (var t in targets)
            {
                equal |= FileSystemEntry.PathsEqual(f, t);
                inside |= FileSystemEntry.IsSameOrInside(f, t);
            }
        }

        return equal ? true : inside ? false : null;
    }
}
