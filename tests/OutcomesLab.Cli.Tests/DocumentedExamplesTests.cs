using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Issue 14.9: every example a user can copy runs verbatim from a fresh clone. The examples are read
/// where users read them: the "Examples:" section of every command's --help, the shell blocks of
/// README.md, docs/*.md and the projects' README files (a block runs as one session, in order), and
/// inline commands in those files that have options and no placeholders. Each runs as a child
/// process in a fresh folder holding a copy of the repository's data/, as at the root of a clone, and must exit 0.
/// </summary>
public sealed partial class DocumentedExamplesTests
{
    private static readonly string[] Documents =
    [
        "README.md",
        .. Directory.GetFiles(RepositoryPaths.Combine("docs"), "*.md").Select(f => Path.GetRelativePath(RepositoryPaths.Combine(), f)),
        .. Directory.GetDirectories(RepositoryPaths.Combine("src")).Select(d => Path.Combine(d, "README.md")).Where(File.Exists).Select(f => Path.GetRelativePath(RepositoryPaths.Combine(), f)),
        Path.Combine("data", "README.md"),
    ];

    /// <summary>Every help example, one test case per example (the command path and the example).</summary>
    public static TheoryData<string, string> HelpExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in CommandPaths([]))
        {
            foreach (var example in Section(Help(path), "Examples:").Where(e => e.StartsWith("outcomeslab", StringComparison.Ordinal)))
            {
                data.Add(path.Length == 0 ? "outcomeslab" : string.Join(' ', path), example);
            }
        }

        return data;
    }

    /// <summary>Every shell block (as one session) and runnable inline command of the documents.</summary>
    public static TheoryData<string, string> DocumentExamples()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<(string, string)>();
        foreach (var document in Documents)
        {
            var text = File.ReadAllText(RepositoryPaths.Combine(document)).ReplaceLineEndings("\n");
            var (blocks, prose) = Split(text);
            var k = 0;
            foreach (var block in blocks)
            {
                var commands = Commands(block);
                if (commands.Count > 0)
                {
                    data.Add($"{document} block {++k}", string.Join("\n", commands));
                }
            }

            foreach (Match inline in InlineCommand().Matches(prose))
            {
                // An inline command may wrap over two lines of the Markdown source.
                var command = string.Join(' ', inline.Groups["cmd"].Value.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
                if (IsRunnableInline(command) && seen.Add((document, command)))
                {
                    data.Add($"{document} inline", command);
                }
            }
        }

        return data;
    }

    [Fact]
    public void EveryCommandHasAtLeastOneExample()
    {
        var missing = CommandPaths([]).Where(p => p.Length > 0 && !Section(Help(p), "Examples:").Any()).Select(p => string.Join(' ', p)).ToList();
        Assert.True(missing.Count == 0, "commands without an example: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(HelpExamples))]
    public void HelpExampleRunsVerbatim(string command, string example)
    {
        Assert.False(string.IsNullOrEmpty(command));
        RunSession(example);
    }

    [Theory]
    [MemberData(nameof(DocumentExamples))]
    public void DocumentExampleRunsVerbatim(string where, string session)
    {
        Assert.False(string.IsNullOrEmpty(where));
        RunSession(session);
    }

    [Fact]
    public void ExamplesAreFound()
    {
        // Guards the extraction itself: a change of the help layout must not make the theories empty.
        Assert.True(HelpExamples().Count >= 40, $"only {HelpExamples().Count} help examples found");
        Assert.True(DocumentExamples().Count >= 15, $"only {DocumentExamples().Count} document examples found");
        Assert.Equal(["outcomeslab", "km", "--input", "a b.csv", "--delimiter", ";", "--visit-labels", "Baseline,Week 24"], Tokens("outcomeslab km --input 'a b.csv' --delimiter ';' --visit-labels \"Baseline,Week 24\"   # a comment"));
    }

    /// <summary>Runs each line of <paramref name="session"/> (commands joined by &amp;&amp; run in turn) in one fresh folder; every command must exit 0.</summary>
    private static void RunSession(string session)
    {
        using var dir = new TempDirectory();
        CopyTree(RepositoryPaths.Combine("data"), Path.Combine(dir.Path, "data"));
        foreach (var line in session.Split('\n'))
        {
            foreach (var command in line.Split("&&", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tokens = Tokens(command);
                var args = tokens[0] == "outcomeslab" ? tokens.Skip(1).ToList() : throw new InvalidOperationException($"not an outcomeslab command: {command}");
                var start = CliChildProcess.StartInfo(args);
                start.WorkingDirectory = dir.Path;
                using var process = Process.Start(start)!;
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{command}: still running after 3 minutes");
                Assert.True(process.ExitCode == 0, $"{command}\nexit {process.ExitCode}\n{stderr.Result}\n{Truncate(stdout.Result)}");
            }
        }
    }

    /// <summary>A copy of the data folder (3 MB), so that an example can never change the repository's files.</summary>
    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyTree(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    private static string Truncate(string s) => s.Length > 2000 ? s[..2000] + "..." : s;

    /// <summary>The fenced shell blocks (no language, sh, bash, shell or console) of a Markdown text, and the prose outside every fenced block.</summary>
    private static (List<string> Blocks, string Prose) Split(string text)
    {
        var blocks = new List<string>();
        var prose = new StringBuilder();
        StringBuilder? block = null;
        var shell = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                if (block is null)
                {
                    var language = line.Trim()[3..].Trim();
                    shell = language is "" or "sh" or "bash" or "shell" or "console";
                    block = new StringBuilder();
                }
                else
                {
                    if (shell)
                    {
                        blocks.Add(block.ToString());
                    }

                    block = null;
                }

                continue;
            }

            (block ?? prose).Append(line).Append('\n');
        }

        return (blocks, prose.ToString());
    }

    /// <summary>The outcomeslab commands of a shell block: continuation lines joined, <c>dotnet run --project src/OutcomesLab.Cli --</c> read as <c>outcomeslab</c>, other lines ignored.</summary>
    private static List<string> Commands(string body)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.Trim();
            if (current.Length == 0 && !line.StartsWith("outcomeslab ", StringComparison.Ordinal) && !line.StartsWith("dotnet run --project src/OutcomesLab.Cli -- ", StringComparison.Ordinal))
            {
                continue;
            }

            current.Append(line.TrimEnd('\\').Trim()).Append(' ');
            if (!line.EndsWith('\\'))
            {
                result.Add(current.ToString().Trim().Replace("dotnet run --project src/OutcomesLab.Cli -- ", "outcomeslab ", StringComparison.Ordinal));
                current.Clear();
            }
        }

        return result;
    }

    /// <summary>An inline command is an example when it has options and no placeholders (FILE, C, N, [optional], a|b, ...).</summary>
    private static bool IsRunnableInline(string command) =>
        command.Contains(" --", StringComparison.Ordinal)
        && !command.Contains('[', StringComparison.Ordinal)
        && !command.Contains('|', StringComparison.Ordinal)
        && !command.Contains("...", StringComparison.Ordinal)
        && !Tokens(command).Any(t => Placeholder().IsMatch(t));

    /// <summary>Shell-like words: single and double quotes group, a word starting with # ends the line.</summary>
    private static List<string> Tokens(string command)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in command)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static string Help(string[] path)
    {
        var (code, stdout, stderr) = CliRunner.Run([.. path, "--help"]);
        Assert.True(code == 0, stderr);
        return stdout.ReplaceLineEndings("\n");
    }

    /// <summary>The command paths below <paramref name="path"/> (itself included), read from the "Commands:" sections of the help.</summary>
    private static List<string[]> CommandPaths(string[] path)
    {
        Assert.True(path.Length < 4, "command paths nest at most three deep: " + string.Join(' ', path));
        var result = new List<string[]> { path };
        foreach (var line in Section(Help(path), "Commands:", entries: true))
        {
            result.AddRange(CommandPaths([.. path, line]));
        }

        return result;
    }

    /// <summary>The lines of a help section (indented by two spaces); with <paramref name="entries"/> only the first word of each entry.</summary>
    private static IEnumerable<string> Section(string help, string heading, bool entries = false)
    {
        var lines = help.Split('\n');
        var start = Array.IndexOf(lines, heading);
        if (start < 0)
        {
            yield break;
        }

        for (var i = start + 1; i < lines.Length && (lines[i].Trim().Length == 0 || lines[i].StartsWith("  ", StringComparison.Ordinal)); i++)
        {
            if (lines[i].Trim().Length == 0 || lines[i].StartsWith("   ", StringComparison.Ordinal))
            {
                continue;
            }

            // An entry is "name  description" or "name, alias  description".
            yield return entries ? lines[i].Trim().Split(' ')[0].TrimEnd(',') : lines[i].Trim();
        }
    }

    [GeneratedRegex("`(?<cmd>outcomeslab [^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex InlineCommand();

    [GeneratedRegex("^(?:[A-Z][A-Z0-9_.]*|[A-Z])$", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
