using System.Text;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Every input problem: exit code 2, one clear message naming the file, line and column where they
/// apply, no output file written, and the input bytes unchanged.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string, byte[], string[], string[]> Cases() => new()
    {
        { "empty file", [], ["describe"], ["cohort.csv", "empty"] },
        { "header only", Utf8("days,event\n"), ["describe"], ["cohort.csv", "no data"] },
        { "duplicate column names", Utf8("days,event,days\n1,0,2\n"), ["describe"], ["line 1", "\"days\""] },
        { "blank column name", Utf8("days,,event\n1,2,0\n"), ["describe"], ["line 1", "column 2"] },
        { "ragged row", Utf8("days,event\n1,0\n2,1,9\n3,0\n"), ["describe"], ["line 3", "expected 2 fields", "has 3"] },
        { "unbalanced quote", Utf8("days,event,arm\n1,0,\"methadone\n2,1,bup\n"), ["describe"], ["line 2", "quote"] },
        { "text in time column", Utf8("days,event\n1,0\nabc,1\n"), Km(), ["line 3", "column \"days\"", "\"abc\""] },
        { "decimal comma without the option", Utf8("days;event\n12,5;1\n3;0\n"), Km(), ["line 2", "column \"days\"", "--decimal-comma"] },
        { "thousands separator", Utf8("days,event\n\"1,234\",1\n3,0\n"), Km(), ["line 2", "column \"days\"", "1,234"] },
        { "negative time", Utf8("days,event\n5,1\n-3,0\n"), Km(), ["line 3", "column \"days\"", "-3"] },
        { "infinite time", Utf8("days,event\n5,1\nInf,0\n"), Km(), ["line 3", "column \"days\"", "Inf"] },
        { "event code outside 0/1", Utf8("days,event\n5,1\n6,2\n7,0\n"), Km(), ["line 3", "column \"event\"", "--event-value"] },
        { "unknown column lists the columns", Utf8("days,event\n5,1\n"), ["km", "--time", "dayz", "--event", "event"], ["\"dayz\"", "days", "event"] },
        { "group with one level", Utf8("days,event,arm\n5,1,a\n6,0,a\n"), ["logrank", "--time", "days", "--event", "event", "--group", "arm"], ["column \"arm\"", "at least two groups"] },
        { "UTF-16 file", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("days,event\n5,1\n")], ["describe"], ["cohort.csv", "UTF-16", "UTF-8"] },
        { "binary garbage", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x00, 0x13, 0x37], ["describe"], ["cohort.csv", "expected a CSV text file", "ZIP"] },
        { "Latin-1 text", [.. Utf8("days,event,site\n5,1,"), 0x4D, 0xFC, 0x6E, 0x63, 0x68, 0x65, 0x6E, 0x0A], ["describe"], ["line 2", "UTF-8"] },
        { "competing-risk code that is negative", Utf8("days,status\n5,1\n6,-1\n"), ["cif", "--time", "days", "--event", "status"], ["line 3", "column \"status\""] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_exits_2_with_a_located_message_and_writes_nothing(string name, byte[] content, string[] args, string[] expectedInMessage)
    {
        using var dir = new TempDirectory();
        var input = dir.File("cohort.csv");
        File.WriteAllBytes(input, content);
        var output = dir.File("result.out");
        var (code, stdout, stderr) = CliRunner.Run([.. args, "--input", input, "--output", output]);
        Assert.True(code == 2, $"{name}: exit code {code}, stderr: {stderr}");
        Assert.StartsWith("error:", stderr.TrimStart(), StringComparison.Ordinal);
        foreach (var fragment in expectedInMessage)
        {
            Assert.True(stderr.Contains(fragment, StringComparison.Ordinal), $"{name}: message lacks \"{fragment}\":\n{stderr}");
        }

        Assert.Equal("", stdout);
        Assert.False(File.Exists(output), $"{name}: an output file was written");
        Assert.Equal([input], Directory.GetFiles(dir.Path));
        Assert.Equal(content, File.ReadAllBytes(input));
    }

    [Fact]
    public void Missing_file_names_the_path_and_exits_2()
    {
        using var dir = new TempDirectory();
        var (code, _, stderr) = CliRunner.Run("describe", "--input", dir.File("nope.csv"));
        Assert.Equal(2, code);
        Assert.Contains("nope.csv", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_equal_to_input_is_refused_even_with_force()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("cohort.csv", "days,event\n5,1\n6,0\n");
        var before = File.ReadAllBytes(input);
        var (code, _, stderr) = CliRunner.Run("describe", "--input", input, "--output", input, "--force");
        Assert.Equal(2, code);
        Assert.Contains("input", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void Many_problems_are_collected_up_to_twenty()
    {
        using var dir = new TempDirectory();
        var sb = new StringBuilder("days,event\n");
        for (var i = 0; i < 30; i++)
        {
            sb.Append("x,1\n");
        }

        var input = dir.Write("cohort.csv", sb.ToString());
        var (code, _, stderr) = CliRunner.Run("km", "--input", input, "--time", "days", "--event", "event");
        Assert.Equal(2, code);
        Assert.Contains("line 2,", stderr, StringComparison.Ordinal);
        Assert.Contains("line 21,", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("line 22,", stderr, StringComparison.Ordinal);
        Assert.Contains("10 more", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--conf-level", "2")]
    [InlineData("--conf-type", "cloglog")]
    [InlineData("--times", "90,abc")]
    public void Invalid_option_values_exit_2(string option, string value)
    {
        using var dir = new TempDirectory();
        var input = dir.Write("cohort.csv", "days,event\n5,1\n6,0\n");
        var (code, _, stderr) = CliRunner.Run("km", "--input", input, "--time", "days", "--event", "event", option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
    }

    private static string[] Km() => ["km", "--time", "days", "--event", "event"];

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
