using System.Text.Json;
using OutcomesLab.IO;

namespace OutcomesLab.Cli;

/// <summary>
/// The <c>FILE.provenance.json</c> written beside every output file. It is replaced only when it is
/// a regular file that OutcomesLab wrote for that same output (JSON with <c>"tool": "outcomeslab"</c>
/// and <c>"output"</c> naming the file); any other file of that name is the user's and is refused
/// before anything is written.
/// </summary>
internal static class ProvenanceSidecar
{
    /// <summary>The sidecar path of an output file.</summary>
    public static string PathFor(string outputPath) => outputPath + ".provenance.json";

    /// <summary>Refuses (exit 2) when the sidecar of <paramref name="outputPath"/> exists and is not OutcomesLab's record of that output, or is an input.</summary>
    public static void Check(string outputPath, IEnumerable<string> inputs)
    {
        var sidecar = PathFor(Path.GetFullPath(outputPath));
        AtomicFileWriter.Check(sidecar, force: true, inputs);
        if (FileSystemEntry.KindOf(sidecar) == FileSystemEntryKind.RegularFile && !WrittenFor(sidecar, Path.GetFileName(outputPath)))
        {
            throw new InputException(new InputProblem(
                sidecar,
                null,
                null,
                $"no file, or the provenance record OutcomesLab wrote for {Path.GetFileName(outputPath)}",
                null,
                "A file of this name exists that OutcomesLab did not write, and the provenance record would replace it. Move it away, or choose another output path."));
        }
    }

    private static bool WrittenFor(string sidecar, string outputName)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(sidecar));
            var root = doc.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("tool", out var tool) && tool.ValueKind == JsonValueKind.String && tool.GetString() == "outcomeslab"
                && root.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.String && output.GetString() == outputName;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
