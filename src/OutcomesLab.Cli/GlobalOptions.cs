using System.CommandLine;

namespace OutcomesLab.Cli;

/// <summary>Options accepted by every command (recursive options of the root command).</summary>
internal sealed class GlobalOptions
{
    public Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "Output format: table (default), json, csv, markdown, latex (booktabs; needs \\usepackage{booktabs}) or html (a fragment).",
        DefaultValueFactory = _ => OutputFormat.Table,
        Recursive = true,
        CustomParser = ParseFormat,
        HelpName = "table|json|csv|markdown|latex|html",
    };

    public Option<FileInfo?> Output { get; } = new("--output", "-o")
    {
        Description = "Write the result to this file (atomically) instead of standard output.",
        Recursive = true,
        HelpName = "FILE",
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Replace existing outputs: a regular file (never a folder, link, pipe, device or an input), or for report a folder OutcomesLab wrote as a report and nothing else.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "On an unexpected failure, also print the stack trace.",
        Recursive = true,
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress bars or notes on standard error. Warnings are still printed (each distinct one once, with a count), and so are errors.",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Format, Output, Force, Verbose, Quiet];

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
