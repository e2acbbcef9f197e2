using System.Security.Cryptography;
using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>Every output file carries provenance in a sidecar: tool version, arguments and input SHA-256 (DESIGN.md principle 8).</summary>
public sealed class ProvenanceTests
{
    [Fact]
    public void Output_file_gets_a_deterministic_provenance_sidecar_with_the_input_hash()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("cohort.csv", "days,event,arm\n5,1,a\n8,0,b\n9,1,a\n12,1,b\n");
        var output = dir.File("km.json");
        string[] args = ["km", "--input", input, "--time", "days", "--event", "event", "--group", "arm", "--format", "json", "--output", output, "--force"];
        Assert.Equal(0, CliRunner.Run(args).Code);
        var first = File.ReadAllBytes(output + ".provenance.json");
        Assert.Equal(0, CliRunner.Run(args).Code);

        // Same command on the same inputs: the same bytes (no clock time in provenance).
        Assert.Equal(first, File.ReadAllBytes(output + ".provenance.json"));
        var provenance = JsonNode.Parse(first)!;
        Assert.Equal("outcomeslab", provenance["tool"]!.GetValue<string>());
        Assert.Equal(ToolVersion.Current, provenance["version"]!.GetValue<string>());
        Assert.Equal("km.json", provenance["output"]!.GetValue<string>());
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(input)));
        Assert.Equal(hash, provenance["inputs"]![0]!["sha256"]!.GetValue<string>());
        Assert.Contains("--group", provenance["arguments"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public void Standard_output_results_write_no_sidecar()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("cohort.csv", "days,event\n5,1\n8,0\n");
        Assert.Equal(0, CliRunner.Run("km", "--input", input, "--time", "days", "--event", "event").Code);
        Assert.Equal([input], Directory.GetFiles(dir.Path));
    }
}
