namespace OutcomesLab.Reporting.Rendering;

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

    /// <summary>LaTeX: one <c>table</c> environment with a <c>\caption</c> and a booktabs <c>tabular</c> per table.</summary>
    Latex,

    /// <summary>An HTML fragment: one <c>&lt;table&gt;</c> with <c>&lt;caption&gt;</c>, <c>&lt;thead&gt;</c> and <c>&lt;tbody&gt;</c> per table.</summary>
    Html,
}
