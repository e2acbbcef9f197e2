using System.CommandLine;
using System.Globalization;
using OutcomesLab.IO;
using Spectre.Console;

namespace OutcomesLab.Cli;

/// <summary>
/// What a command handler needs from one invocation: the parsed values of the global options,
/// the console writers, and the single way to emit a result (standard output, or an atomic write
/// to <c>--output</c> that refuses to overwrite without <c>--force</c> or to replace an input).
/// Standard error carries, besides errors, three kinds of message: warnings (statistical caveats,
/// dropped rows), collected and printed once per distinct text when the run ends; notes (citations,
/// "wrote N rows"), which <c>--quiet</c> hides; and progress bars, shown only on a terminal and
/// hidden by <c>--quiet</c>.
/// </summary>
internal sealed class CommandRun
{
    private readonly List<string> _inputs = [];
    private readonly Dictionary<string, int> _warningCounts = new(StringComparer.Ordinal);
    private readonly List<string> _warningOrder = [];
    private readonly List<DerivedColumn> _derived = [];

    public CommandRun(ParseResult parse, GlobalOptions globals, TextWriter stdout, TextWriter stderr)
    {
        Parse = parse;
        var accepted = parse.CommandResult.Command.Options;
        Format = accepted.Contains(globals.Format) ? parse.GetValue(globals.Format) : OutputFormat.Table;
        Output = globals.Outputs.Where(accepted.Contains).Select(parse.GetValue).FirstOrDefault(o => o is not null);
        Force = accepted.Contains(globals.Force) && parse.GetValue(globals.Force);
        Quiet = accepted.Contains(globals.Quiet) && parse.GetValue(globals.Quiet);
        Stdout = stdout;
        Stderr = stderr;
    }

    public ParseResult Parse { get; }

    public OutputFormat Format { get; }

    public FileInfo? Output { get; }

    public bool Force { get; }

    /// <summary>--quiet: no progress bars and no notes; warnings and errors are still printed.</summary>
    public bool Quiet { get; }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    /// <summary>Registers an input file so that an --output pointing at it is refused.</summary>
    public void RegisterInput(string path) => _inputs.Add(Path.GetFullPath(path));

    /// <summary>Prints each diagnostic of a result as a warning (each distinct one once).</summary>
    public void Warn(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Warn(d.Message);
        }
    }

    /// <summary>
    /// Records a statistical caveat or a data problem. Warnings are not hidden by --quiet; each
    /// distinct message is printed once, in order of first occurrence, when the run ends (also when
    /// it fails), as <c>warning: MESSAGE</c>, followed by <c>(N times)</c> when it was raised N &gt; 1
    /// times. Collecting them keeps a diagnostic repeated per group or per outcome from flooding the
    /// terminal and keeps warnings out of a running progress bar.
    /// </summary>
    public void Warn(string message)
    {
        if (_warningCounts.TryGetValue(message, out var count))
        {
            _warningCounts[message] = count + 1;
            return;
        }

        _warningCounts[message] = 1;
        _warningOrder.Add(message);
    }

    /// <summary>
    /// Records a column computed from others (a time from two dates): it is stated on standard error
    /// (unless --quiet), at the top of a JSON result as <c>derived_columns</c>, and in the provenance sidecar.
    /// </summary>
    public void Derive(DerivedColumn column)
    {
        _derived.Add(column);
        Note($"note: {column.Statement}.");
    }

    /// <summary>The columns recorded with <see cref="Derive"/>.</summary>
    public IReadOnlyList<DerivedColumn> Derived => _derived;

    /// <summary>Prints an informational line (a citation, what was written where) to standard error unless --quiet.</summary>
    public void Note(string message)
    {
        if (!Quiet)
        {
            Stderr.WriteLine(message);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a Spectre.Console progress bar on standard error when that
    /// is an interactive terminal and the run is not --quiet; otherwise (redirected, captured by a
    /// test, --quiet) with a null progress sink, so the work itself never depends on the display.
    /// </summary>
    /// <param name="description">Label of the bar ("simulating").</param>
    /// <param name="total">The value <paramref name="work"/> reports when done.</param>
    /// <param name="work">The work; reports its progress (0 to <paramref name="total"/>) to the sink when given one.</param>
    public void Progress(string description, long total, Action<IProgress<long>?> work) =>
        Progress(description, total, progress =>
        {
            work(progress);
            return true;
        });

    /// <summary>As <see cref="Progress(string, long, Action{IProgress{long}})"/>, returning the result of <paramref name="work"/>.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="description">Label of the bar.</param>
    /// <param name="total">The value <paramref name="work"/> reports when done.</param>
    /// <param name="work">The work.</param>
    /// <returns>What <paramref name="work"/> returned.</returns>
    public T Progress<T>(string description, long total, Func<IProgress<long>?, T> work)
    {
        if (Quiet || Console.IsErrorRedirected || !ReferenceEquals(Stderr, Console.Error))
        {
            return work(null);
        }

        return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            .Progress()
            .Start(ctx =>
            {
                var task = ctx.AddTask(description, maxValue: total);
                return work(new InlineProgress(value => task.Value = value));
            });
    }

    /// <summary>Prints the collected warnings (see <see cref="Warn(string)"/>) and forgets them; called once when the handler returns or throws.</summary>
    public void FlushWarnings()
    {
        foreach (var message in _warningOrder)
        {
            var count = _warningCounts[message];
            Stderr.WriteLine(count == 1
                ? $"warning: {message}"
                : string.Create(CultureInfo.InvariantCulture, $"warning: {message} ({count} times)"));
        }

        _warningOrder.Clear();
        _warningCounts.Clear();
    }

    /// <summary>
    /// Fails early (before any work) when an output of the run is not acceptable: --output and every
    /// other output file named in <paramref name="others"/> (null entries are skipped) must pass
    /// <see cref="AtomicFileWriter.Check"/> with this run's --force and inputs, have a sidecar that is
    /// missing or OutcomesLab's own (<see cref="ProvenanceSidecar"/>), and be distinct from each other.
    /// </summary>
    public void CheckOutputTarget(params string?[] others)
    {
        var outputs = new List<string>();
        foreach (var path in others.Prepend(Output?.FullName))
        {
            if (path is null)
            {
                continue;
            }

            AtomicFileWriter.Check(path, Force, _inputs);
            ProvenanceSidecar.Check(path, _inputs);
            var clash = outputs.FirstOrDefault(o => FileSystemEntry.SameFile(o, path) || FileSystemEntry.SameFile(ProvenanceSidecar.PathFor(o), path) || FileSystemEntry.SameFile(o, ProvenanceSidecar.PathFor(path)));
            if (clash is not null)
            {
                throw new UsageException($"{path} and {clash} are both outputs of this run (or one is the other's provenance record); give each output its own file name.");
            }

            outputs.Add(Path.GetFullPath(path));
        }
    }

    /// <summary>Writes a file through <see cref="AtomicFileWriter"/> with this run's --force and input files, then its provenance sidecar.</summary>
    public void WriteOutputFile(string path, Action<Stream> write)
    {
        ProvenanceSidecar.Check(path, _inputs);
        AtomicFileWriter.Write(path, write, Force, _inputs);
        WriteProvenance(path);
    }

    /// <summary>Emits a rendered result to --output (atomically) or to standard output.</summary>
    public void Emit(string content)
    {
        if (Format == OutputFormat.Json && _derived.Count > 0 && content.StartsWith("{\n  ", StringComparison.Ordinal))
        {
            // The statement leads the result object, so the rest stays byte-identical to a run on a precomputed time column.
            var block = JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                WriteDerived(w);
                w.WriteEndObject();
            });
            content = string.Concat("{\n", block.AsSpan(2, block.Length - 5), ",\n", content.AsSpan(2));
        }

        if (Output is null)
        {
            Stdout.Write(content);
            return;
        }

        WriteOutputFile(Output.FullName, s =>
        {
            using var writer = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(content);
        });
    }

    /// <summary>
    /// Writes <c>FILE.provenance.json</c> beside an output file (DESIGN.md principle 8): tool and
    /// version, the command line, and the SHA-256 of every input. It holds no clock time, so the same
    /// command on the same inputs gives the same bytes. The sidecar belongs to its output and is
    /// replaced with it.
    /// </summary>
    private void WriteProvenance(string outputPath)
    {
        var json = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("tool", "outcomeslab");
            w.WriteString("version", ToolVersion.Current);
            w.WriteString("output", Path.GetFileName(outputPath));
            w.WriteStartArray("arguments");
            foreach (var token in Parse.Tokens)
            {
                w.WriteStringValue(token.Value);
            }

            w.WriteEndArray();
            w.WriteStartArray("inputs");
            foreach (var input in _inputs.Distinct(StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("file", Path.GetFileName(input));
                w.WriteString("sha256", FileHash.Sha256(input));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (_derived.Count > 0)
            {
                WriteDerived(w);
            }

            w.WriteEndObject();
        });
        AtomicFileWriter.WriteAllText(ProvenanceSidecar.PathFor(outputPath), json, force: true, _inputs);
    }

    private void WriteDerived(System.Text.Json.Utf8JsonWriter w)
    {
        w.WriteStartArray("derived_columns");
        foreach (var d in _derived)
        {
            w.WriteStartObject();
            w.WriteString("column", d.Name);
            w.WriteString("from", d.From);
            w.WriteString("to", d.To);
            w.WriteString("unit", d.Unit);
            if (d.DaysPerUnit is { } per)
            {
                w.WriteNumber("days_per_unit", per);
            }

            w.WriteString("statement", d.Statement);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private sealed class InlineProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
