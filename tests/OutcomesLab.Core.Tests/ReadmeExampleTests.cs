using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests;

/// <summary>The library example in README.md is this file's code (imports aside), compiled here and run by the test.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_is_the_compiled_code_and_runs()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));
        var block = Between(readme, "```csharp\n", "```");
        var source = File.ReadAllText(RepositoryPaths.Combine("tests", "OutcomesLab.Core.Tests", "ReadmeExampleTests.cs"));
        var compiled = Between(source, "// README-BEGIN\n", "        // README-END");
        Assert.Equal(Normalize(block), Normalize(compiled));

        var output = new StringWriter();
        Example(output);
        Assert.Equal(ExpectedOutput, output.ToString().ReplaceLineEndings("\n"));
    }

    // Hand-checked: 6 patients; arm levels in ordinal order (buprenorphine < methadone).
    private const string ExpectedOutput = "6 patients in 2 arms: buprenorphine, methadone\n";

    private static void Example(TextWriter Console)
    {
        // README-BEGIN
        var sample = SurvivalSample.Create(
            times: [5, 8, 12, 12, 20, 31],
            events: [true, false, true, true, false, true],
            groups: ["methadone", "methadone", "buprenorphine", "methadone", "buprenorphine", "buprenorphine"]);
        Console.WriteLine($"{sample.Count} patients in {sample.Groups!.LevelCount} arms: {string.Join(", ", sample.Groups.Levels)}");
        // README-END
    }

    private static string Between(string text, string start, string end)
    {
        var i = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var j = text.IndexOf(end, i, StringComparison.Ordinal);
        return text[i..j];
    }

    // Namespace imports sit at the top of this file rather than in the method body.
    private static string Normalize(string code) =>
        string.Join('\n', code.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(l, @"^using [A-Za-z.]+;$")));
}
