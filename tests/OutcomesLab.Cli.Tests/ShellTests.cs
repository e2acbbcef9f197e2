using Xunit;

namespace OutcomesLab.Cli.Tests;

public sealed class ShellTests
{
    [Theory]
    [InlineData("simulate")]
    [InlineData("describe")]
    public void Every_command_help_shows_an_example(string command)
    {
        var (code, output, _) = CliRunner.Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Examples:", output, StringComparison.Ordinal);
        Assert.Contains($"outcomeslab {command} ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_help_lists_commands()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("describe", output, StringComparison.Ordinal);
        Assert.Contains("simulate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var (code, output, _) = CliRunner.Run("--version");
        Assert.Equal(0, code);
        Assert.StartsWith(ToolVersion.Current, output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var (code, _, err) = CliRunner.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("frobnicate", err, StringComparison.Ordinal);
    }
}
