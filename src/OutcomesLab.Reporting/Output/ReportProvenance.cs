using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Output;

/// <summary>
/// provenance.json of a report (DESIGN.md principle 8): tool and version, the plan's path, SHA-256
/// and a copy of it, every dataset file's path and SHA-256, seed, run start (UTC) and duration,
/// .NET version and operating system, and the files written.
/// </summary>
internal static class ReportProvenance
{
    /// <summary>Renders provenance.json.</summary>
    public static string Render(ReportResult result, IEnumerable<string> outputs) => JsonOutput.Write(w =>
    {
        var plan = result.Plan;
        w.WriteStartObject();
        w.WriteString("tool", "outcomeslab");
        w.WriteString("version", ToolVersion.Current);
        w.WriteStartObject("plan");
        w.WriteString("file", plan.Document.FullPath);
        w.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(plan.Document.Bytes)));
        w.WritePropertyName("content");
        plan.Document.Root.WriteTo(w);
        w.WriteEndObject();
        w.WriteStartArray("inputs");
        foreach (var d in plan.Datasets)
        {
            w.WriteStartObject();
            w.WriteString("dataset", d.Name);
            w.WriteString("file", d.FullPath);
            w.WriteString("sha256", FileHash.Sha256(d.FullPath));
            w.WriteBoolean("read", result.InputFiles.Contains(d.FullPath));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("seed", plan.Seed);
        w.WriteNumber("confidence_level", plan.ConfidenceLevel);
        if (plan.SuppressBelow is { } k)
        {
            w.WriteNumber("suppress_below", k);
        }
        else
        {
            w.WriteNull("suppress_below");
        }

        w.WriteString("started_utc", result.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        w.WriteNumber("duration_seconds", Math.Round(result.Duration.TotalSeconds, 3));
        w.WriteString("dotnet", RuntimeInformation.FrameworkDescription);
        w.WriteString("os", RuntimeInformation.OSDescription);
        w.WriteStartArray("analyses");
        foreach (var s in result.Sections)
        {
            w.WriteStringValue(s.Id);
        }

        w.WriteEndArray();
        w.WriteStartArray("outputs");
        foreach (var o in outputs)
        {
            w.WriteStringValue(o);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
