namespace OutcomesLab.IO.Internal;

/// <summary>Which CSV reader <see cref="TableLoader"/> uses.</summary>
internal enum IngestPath
{
    /// <summary>The span reader when it accepts the file, otherwise CsvHelper.</summary>
    Automatic,

    /// <summary>Always CsvHelper's parser (the reference behaviour).</summary>
    CsvHelper,

    /// <summary>Only the span reader; throws when it declines the file.</summary>
    Span,
}
