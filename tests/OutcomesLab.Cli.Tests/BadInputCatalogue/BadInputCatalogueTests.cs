using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests.BadInputCatalogue;

/// <summary>
/// Runs every case of <see cref="BadInputCases"/> through the CLI and checks the contract for bad
/// input (DESIGN.md, "Conventions for users"): exit code 2; exactly one error paragraph naming the
/// file, the line and column where they exist, what was expected, what was found and a fix; no
/// stack trace; nothing on standard output; the --output file not created and no temporary file
/// left; every input file byte-for-byte and timestamp unchanged.
/// </summary>
public sealed class BadInputCatalogueTests
{
    public static TheoryData<string> CaseNames() => [.. BadInputCases.All.Select(c => c.Name)];

    [Fact]
    public void The_catalogue_has_at_least_forty_distinct_cases()
    {
        Assert.True(BadInputCases.All.Count >= 40, $"{BadInputCases.All.Count} cases");
        Assert.Equal(BadInputCases.All.Count, BadInputCases.All.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Bad_input_exits_2_with_one_located_message_and_changes_nothing(string name)
    {
        var @case = BadInputCases.All.Single(c => c.Name == name);
        using var dir = new TempDirectory();
        var inputs = new List<(string Path, byte[] Bytes, DateTime Written)>();
        var stamp = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        foreach (var (file, bytes) in @case.Files)
        {
            var path = dir.File(file);
            var content = bytes();
            File.WriteAllBytes(path, content);
            File.SetLastWriteTimeUtc(path, stamp);
            inputs.Add((path, content, stamp));
        }

        var output = dir.File("result.out");
        string[] args = [.. @case.Args.Select(a => a.StartsWith('{') && a.EndsWith('}') ? dir.File(a[1..^1]) : a), "--output", output];

        var (code, stdout, stderr) = CliRunner.Run(args);

        Assert.True(code == 2, $"{name}: exit code {code}, stderr:\n{stderr}");
        Assert.Equal("", stdout);
        var message = OneErrorParagraph(name, stderr);
        AssertNamesTheProblem(name, message, @case.Problem);
        Assert.False(File.Exists(output) || Directory.Exists(output), $"{name}: an output was written");
        Assert.Equal(inputs.Select(i => i.Path).Order(StringComparer.Ordinal), Directory.GetFileSystemEntries(dir.Path).Order(StringComparer.Ordinal));
        foreach (var (path, bytes, written) in inputs)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{name}: {path} was modified");
            Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        }
    }

    /// <summary>Warnings may precede it, but there is exactly one error and its text is one paragraph without a stack trace.</summary>
    private static string OneErrorParagraph(string name, string stderr)
    {
        var lines = stderr.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var errorAt = Array.FindIndex(lines, l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.True(errorAt >= 0, $"{name}: no \"error: \" line in:\n{stderr}");
        Assert.All(lines[..errorAt], l => Assert.StartsWith("warning: ", l, StringComparison.Ordinal));
        var paragraph = lines[errorAt..];
        Assert.True(paragraph.Length == 1, $"{name}: expected one error paragraph (one line), found {paragraph.Length} lines:\n{stderr}");
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", stderr, StringComparison.Ordinal);
        return paragraph[0]["error: ".Length..];
    }

    private static void AssertNamesTheProblem(string name, string message, ExpectedProblem p)
    {
        void Has(string what, string fragment) =>
            Assert.True(message.Contains(fragment, StringComparison.Ordinal), $"{name}: the message lacks the {what} {fragment}:\n{message}");

        Has("file", p.File);
        if (p.Line is { } line)
        {
            Has("line", FormattableString.Invariant($" line {line}"));
        }

        if (p.Column is { } column)
        {
            Has("column", column.All(char.IsAsciiDigit) ? $", column {column}" : $"column \"{column}\"");
        }

        Has("expected value", "expected " + p.Expected);
        if (p.Found is { } found)
        {
            Has("found value", "found \"" + found);
        }

        Has("fix", p.Fix);
    }
}
