namespace OutcomesLab.Reporting.Output;

/// <summary>How messages about the report folder name the caller's settings: the CLI's options, or the library's parameters.</summary>
/// <param name="Output">What names the folder, e.g. <c>--output</c>.</param>
/// <param name="Force">What allows replacing an earlier report, e.g. <c>--force</c>.</param>
internal sealed record ReportFolderWording(string Output, string Force)
{
    /// <summary>The CLI: <c>--output</c> and <c>--force</c>.</summary>
    public static ReportFolderWording Cli { get; } = new("--output", "--force");

    /// <summary>The library: <see cref="ReportResult.WriteTo"/>'s parameters.</summary>
    public static ReportFolderWording Library { get; } = new("report folder", "replace: true");
}
