using System.Text.Json;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Output;

/// <summary>
/// The file <c>.outcomeslab-report.json</c> inside every report folder OutcomesLab writes: the tool
/// name, the marker's format version, whether the folder is complete, and every file the report holds.
/// A folder is OutcomesLab's own, and may be replaced with <c>--force</c>, only when the marker is
/// there, names this tool and a known format version, and the folder holds nothing but the files it
/// lists (regular files, in the folders their paths imply).
/// </summary>
internal static class ReportFolderMarker
{
    /// <summary>The marker's file name.</summary>
    public const string FileName = ".outcomeslab-report.json";

    /// <summary>The marker format written by this version; folders with a higher one are not replaced.</summary>
    public const int FormatVersion = 1;

    private const int MaxListed = 8;

    /// <summary>The marker's JSON for a folder holding <paramref name="files"/> (relative, '/'-separated).</summary>
    public static string Render(IEnumerable<string> files, bool complete) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("tool", "outcomeslab");
        w.WriteString("kind", "report-folder");
        w.WriteNumber("format_version", FormatVersion);
        w.WriteString("version", ToolVersion.Current);
        w.WriteBoolean("complete", complete);
        w.WriteStartArray("files");
        foreach (var f in files.Order(StringComparer.Ordinal))
        {
            w.WriteStringValue(f);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Whether <paramref name="folder"/> carries a marker written by OutcomesLab (complete or not).</summary>
    public static bool HasMarker(string folder) => Read(folder) is not null;

    /// <summary>
    /// Why <paramref name="folder"/> is not a report folder OutcomesLab wrote, naming what in it
    /// OutcomesLab did not write; null when it is one (and may be replaced).
    /// </summary>
    public static string? WhyNotOurs(string folder)
    {
        var listed = Read(folder);
        if (listed is null)
        {
            return $"it is not a report folder OutcomesLab wrote (it has no {FileName}); it holds {List(TopLevel(folder))}";
        }

        var allowed = new HashSet<string>(listed, StringComparer.Ordinal) { FileName };
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in listed)
        {
            for (var slash = f.LastIndexOf('/'); slash > 0; slash = f.LastIndexOf('/', slash - 1))
            {
                folders.Add(f[..slash]);
            }
        }

        var foreign = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false }))
        {
            var relative = Path.GetRelativePath(folder, entry).Replace(Path.DirectorySeparatorChar, '/');
            var kind = FileSystemEntry.KindOf(entry);
            var ours = kind == FileSystemEntryKind.RegularFile ? allowed.Contains(relative)
                : kind == FileSystemEntryKind.Directory && folders.Contains(relative);
            if (!ours)
            {
                foreign.Add(kind == FileSystemEntryKind.Directory ? relative + "/" : relative);
            }
        }

        return foreign.Count == 0 ? null : $"it holds what OutcomesLab did not write there: {List(foreign.Order(StringComparer.Ordinal).ToList())}";
    }

    private static List<string> TopLevel(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(e => Path.GetFileName(e) + (Directory.Exists(e) ? "/" : "")).Order(StringComparer.Ordinal)];

    private static string List(List<string> names) =>
        names.Count <= MaxListed ? string.Join(", ", names) : $"{string.Join(", ", names.Take(MaxListed))} and {names.Count - MaxListed} more";

    // The files a well-formed marker of this tool lists, or null.
    private static List<string>? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (FileSystemEntry.KindOf(path) != FileSystemEntryKind.RegularFile)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("tool", out var tool) || tool.ValueKind != JsonValueKind.String || tool.GetString() != "outcomeslab"
                || !root.TryGetProperty("format_version", out var version) || !version.TryGetInt32(out var v) || v < 1 || v > FormatVersion
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var list = new List<string>();
            foreach (var f in files.EnumerateArray())
            {
                // A listed path must stay inside the folder.
                if (f.ValueKind != JsonValueKind.String || f.GetString() is not { Length: > 0 } name || name.StartsWith('/') || name.Split('/').Contains(".."))
                {
                    return null;
                }

                list.Add(name);
            }

            return list;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
