namespace OutcomesLab.Cli;

/// <summary>The global <c>--format</c> choices.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned plain-text tables for people (the default).</summary>
    Table,

    /// <summary>JSON with snake_case keys, numbers as JSON numbers and null for NA.</summary>
    Json,

    /// <summary>Comma-separated values with a header row.</summary>
    Csv,

    /// <summary>GitHub-flavoured Markdown tables.</summary>
    Markdown,
}
