using System.Reflection;

namespace OutcomesLab.Reporting;

/// <summary>The OutcomesLab version written into reports, provenance and figures (the package version, without the commit suffix).</summary>
public static class ToolVersion
{
    /// <summary>The informational version of the OutcomesLab assemblies, e.g. <c>0.1.0</c>.</summary>
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The commit the assemblies were built from (the informational version's suffix, shortened to 7 characters), or null when built outside git.</summary>
    public static string? Commit { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+') is [_, var sha, ..] && sha.Length >= 7 ? sha[..7] : null;

    /// <summary>The software's title as CITATION.cff gives it (a test keeps the two equal).</summary>
    public const string Title = "OutcomesLab: patient-important outcomes, survival and effect-size statistics for medication treatment of opioid use disorder";

    /// <summary>The year of the release as CITATION.cff's date-released gives it (a test keeps the two equal).</summary>
    public const int ReleaseYear = 2026;
}
