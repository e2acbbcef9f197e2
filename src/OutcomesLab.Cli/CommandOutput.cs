namespace OutcomesLab.Cli;

/// <summary>What a command writes, which decides the global options its --help lists and its parser accepts (an option that would change nothing is refused, not ignored).</summary>
internal enum CommandOutput
{
    /// <summary>A result rendered as table, JSON, CSV, Markdown, LaTeX or HTML to standard output or --output: --format, --output, --force.</summary>
    Result,

    /// <summary>A data file (CSV) to --output or standard output, in one fixed format: --output, --force.</summary>
    DataFile,

    /// <summary>A figure to --output FIG.png|svg|pdf|eps|tif|tiff (the extension picks the format): --output, --force.</summary>
    Figure,

    /// <summary>A report folder to --output DIR: --output, --force.</summary>
    Folder,

    /// <summary>A file named by an argument: --force only.</summary>
    ArgumentFile,

    /// <summary>A short message on standard output only: neither --format nor --output nor --force.</summary>
    Message,
}
