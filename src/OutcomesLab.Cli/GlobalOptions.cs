using System.CommandLine;

namespace OutcomesLab.Cli;

/// <summary>The options shared by the commands: each command gets those that apply to what it writes (<see cref="For"/>).</summary>
internal sealed class GlobalOptions
{
    public Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "Output format: table (default), json, csv, markdown, latex (booktabs; needs \\usepackage{booktabs}) or html (a fragment).",
        DefaultValueFactory = _ => OutputFormat.Table,
        CustomParser = ParseFormat,
        HelpName = "table|json|csv|markdown|latex|html",
    };

    public Option<FileInfo?> Output { get; } = new("--output", "-o")
    {
        Description = "Write the result to this file (atomically) instead of standard output.",
        HelpName = "FILE",
    };

    public Option<FileInfo?> FigureOutput { get; } = new("--output", "-o")
    {
        Description = "The figure file to write; the extension picks the format: FIG.png or FIG.tif/.tiff (raster at --dpi; TIFF is LZW-compressed RGB, or 8-bit grey with --greyscale), FIG.svg (vector, size in mm), FIG.pdf (vector, fonts embedded) or FIG.eps (vector PostScript, font embedded as Type 42).",
        HelpName = "FIG.png|svg|pdf|eps|tif",
    };

    public Option<FileInfo?> FolderOutput { get; } = new("--output", "-o")
    {
        Description = "The report folder to write (default ./outcomeslab-report); it is built beside the target and moved into place when complete.",
        HelpName = "DIR",
    };

    public Option<FileInfo?> DataOutput { get; } = new("--output", "-o")
    {
        Description = "The CSV file to write (atomically).",
        HelpName = "FILE",
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Replace existing outputs: a regular file (never a folder, link, pipe, device or an input), or for report a folder OutcomesLab wrote as a report and nothing else.",
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "On an unexpected failure, also print the stack trace.",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress bars or notes on standard error. Warnings are still printed (each distinct one once, with a count), and so are errors.",
    };

    /// <summary>The options that apply to a command writing <paramref name="output"/>.</summary>
    public IEnumerable<Option> For(CommandOutput output) => output switch
    {
        CommandOutput.Result => [Format, Output, Force, Verbose, Quiet],
        CommandOutput.DataFile => [DataOutput, Force, Verbose, Quiet],
        CommandOutput.Figure => [FigureOutput, Force, Verbose, Quiet],
        CommandOutput.Folder => [FolderOutput, Force, Verbose, Quiet],
        CommandOutput.ArgumentFile => [Force, Verbose, Quiet],
        _ => [Verbose, Quiet],
    };

    /// <summary>Every --output variant, for reading whichever the parsed command has.</summary>
    public IEnumerable<Option<FileInfo?>> Outputs => [Output, DataOutput, FigureOutput, FolderOutput];

    private static OutputFormat ParseFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "table" : result.Tokens[0].Value;
        switch (text.ToLowerInvariant())
        {
            case "table": return OutputFormat.Table;
            case "json": return OutputFormat.Json;
            case "csv": return OutputFormat.Csv;
            case "markdown" or "md": return OutputFormat.Markdown;
            case "latex" or "tex": return OutputFormat.Latex;
            case "html": return OutputFormat.Html;
            default:
                result.AddError($"--format must be one of table, json, csv, markdown, latex, html; found \"{text}\".");
                return OutputFormat.Table;
        }
    }
}
