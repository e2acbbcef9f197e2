using System.CommandLine;
using OutcomesLab.Cli.Rendering;
using OutcomesLab.IO;

namespace OutcomesLab.Cli;

/// <summary>
/// What a command handler needs from one invocation: the parsed values of the global options,
/// the console writers, and the single way to emit a result (standard output, or an atomic write
/// to <c>--output</c> that refuses to overwrite without <c>--force</c> or to replace an input).
/// </summary>
internal sealed class CommandRun
{
    private readonly List<string> _inputs = [];

    public CommandRun(ParseResult parse, GlobalOptions globals, TextWriter stdout, TextWriter stderr)
    {
        Parse = parse;
        Format = parse.GetValue(globals.Format);
        Output = parse.GetValue(globals.Output);
        Force = parse.GetValue(globals.Force);
        Stdout = stdout;
        Stderr = stderr;
    }

    public ParseResult Parse { get; }

    public OutputFormat Format { get; }

    public FileInfo? Output { get; }

    public bool Force { get; }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    /// <summary>Registers an input file so that an --output pointing at it is refused.</summary>
    public void RegisterInput(string path) => _inputs.Add(Path.GetFullPath(path));

    /// <summary>Prints a statistical caveat or a data note to standard error.</summary>
    public void Warn(string message) => Stderr.WriteLine($"warning: {message}");

    /// <summary>Fails early (before any work) when the --output target is not acceptable.</summary>
    public void CheckOutputTarget()
    {
        if (Output is null)
        {
            return;
        }

        var full = Path.GetFullPath(Output.FullName);
        if (_inputs.Contains(full, StringComparer.Ordinal))
        {
            throw new UsageException($"--output {Output} is also an input file; OutcomesLab never overwrites its input. Choose another output path.");
        }

        if (File.Exists(full) && !Force)
        {
            throw new UsageException($"--output {Output} already exists. Add --force to overwrite it, or choose another path.");
        }

        var dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new UsageException($"--output {Output}: the folder {dir} does not exist. Create it first.");
        }
    }

    /// <summary>Writes a file through <see cref="AtomicFileWriter"/> with this run's --force and input files, then its provenance sidecar.</summary>
    public void WriteOutputFile(string path, Action<Stream> write)
    {
        AtomicFileWriter.Write(path, write, Force, _inputs);
        WriteProvenance(path);
    }

    /// <summary>Emits a rendered result to --output (atomically) or to standard output.</summary>
    public void Emit(string content)
    {
        if (Output is null)
        {
            Stdout.Write(content);
            return;
        }

        CheckOutputTarget();
        AtomicFileWriter.WriteAllText(Output.FullName, content, Force, _inputs);
        WriteProvenance(Output.FullName);
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
            w.WriteString("version", CliApp.Version);
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
            w.WriteEndObject();
        });
        AtomicFileWriter.WriteAllText(outputPath + ".provenance.json", json, force: true);
    }
}
