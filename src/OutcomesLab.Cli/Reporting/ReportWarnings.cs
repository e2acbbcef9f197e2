using System.Collections.Immutable;

namespace OutcomesLab.Cli.Reporting;

/// <summary>
/// Collects the warnings of a report run (data notes, result diagnostics): each distinct message is
/// printed once to standard error as it arrives (unless quiet) and listed once in the report.
/// </summary>
internal sealed class ReportWarnings(TextWriter stderr, bool quiet)
{
    private readonly List<string> _messages = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The distinct warnings in the order they first arrived.</summary>
    public ImmutableArray<string> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Adds a warning; a message already seen is ignored.</summary>
    public void Add(string message)
    {
        lock (_lock)
        {
            if (!_seen.Add(message))
            {
                return;
            }

            _messages.Add(message);
        }

        if (!quiet)
        {
            stderr.WriteLine($"warning: {message}");
        }
    }
}
