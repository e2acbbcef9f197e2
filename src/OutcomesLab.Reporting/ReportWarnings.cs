using System.Collections.Immutable;

namespace OutcomesLab.Reporting;

/// <summary>
/// Collects the warnings of a report run (data notes, result diagnostics): each distinct message is
/// passed once to <paramref name="onNew"/> as it arrives (the CLI prints it) and listed once in the report.
/// </summary>
/// <param name="onNew">Called with each distinct message the first time it arrives, or null.</param>
internal sealed class ReportWarnings(Action<string>? onNew)
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

        onNew?.Invoke(message);
    }
}
