using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Issue 15: <c>outcomeslab report</c> is a thin shell over the Reporting library, so the bundled
/// example plan run through the library API (<c>AnalysisPlan.Load</c> -> <c>Report.Run</c> ->
/// <c>WriteTo</c>) and through the command gives byte-identical tables, figures (PNG and SVG) and reports; only
/// provenance.json differs (its start time and duration).
/// </summary>
public sealed class ReportLibraryEqualsCliTests
{
    [Fact]
    public void Bundled_plan_gives_the_same_files_through_the_library_and_the_command()
    {
        using var dir = new TempDirectory();
        var viaCli = dir.File("cli");
        var (code, _, err) = CliRunner.Run("report", "--quiet", "--output", viaCli);
        Assert.True(code == 0, err);

        var viaLibrary = dir.File("library");
        var written = Report.Run(AnalysisPlan.Load(Commands.ReportCommand.BundledPlan)).WriteTo(viaLibrary);

        var cliFiles = Directory.GetFiles(viaCli, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(viaCli, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var libraryFiles = Directory.GetFiles(viaLibrary, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(viaLibrary, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(cliFiles, libraryFiles);
        Assert.True(written.Length > 20, "the bundled plan writes its tables and figures");
        foreach (var file in cliFiles.Where(f => f != "provenance.json" && !f.StartsWith('.')))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(viaCli, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(viaLibrary, file))), $"{file} differs between the command and the library");
        }
    }
}
