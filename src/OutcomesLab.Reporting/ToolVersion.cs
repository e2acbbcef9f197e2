using System.Reflection;

namespace OutcomesLab.Reporting;

/// <summary>The OutcomesLab version written into reports, provenance and figures (the package version, without the commit suffix).</summary>
public static class ToolVersion
{
    /// <summary>The informational version of the OutcomesLab assemblies, e.g. <c>0.1.0</c>.</summary>
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
