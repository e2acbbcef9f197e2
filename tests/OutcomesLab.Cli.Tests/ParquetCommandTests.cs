using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Parquet input through the CLI. Oracle of the round trip: a CSV converted with <c>convert</c> to
/// Parquet must give byte-identical standard output to the CSV itself for describe, km, logrank, cox,
/// cif and table1 (table and JSON), on the simulated cohort and the addicts cohort; the only text
/// allowed to differ is describe's title line, which names the file and its delimiter, replaced
/// explicitly before comparing.
/// </summary>
public sealed class ParquetCommandTests
{
    private static string Data(params string[] parts) => RepositoryPaths.Combine(["data", .. parts]);

    public static TheoryData<string, string[]> Analyses => new()
    {
        { "simulated_cohort.csv", ["describe"] },
        { "simulated_cohort.csv", ["km", "--time", "time_days", "--event", "event", "--group", "arm"] },
        { "simulated_cohort.csv", ["logrank", "--time", "time_days", "--event", "event", "--group", "arm"] },
        { "simulated_cohort.csv", ["cox", "--time", "time_days", "--event", "event", "--covariates", "arm,age,dose_mg"] },
        { "simulated_cohort.csv", ["cif", "--time", "time_days", "--event", "event_type", "--group", "arm"] },
        { "simulated_cohort.csv", ["table1", "--group", "arm", "--variables", "age,sex,dose_mg,site,eq_vas", "--nonnormal", "dose_mg"] },
        { "addicts/addicts.csv", ["describe"] },
        { "addicts/addicts.csv", ["km", "--time", "days", "--event", "departed", "--group", "clinic"] },
        { "addicts/addicts.csv", ["logrank", "--time", "days", "--event", "departed", "--group", "clinic"] },
        { "addicts/addicts.csv", ["cox", "--time", "days", "--event", "departed", "--covariates", "prison,mdose", "--strata", "clinic"] },
        { "addicts/addicts.csv", ["cif", "--time", "days", "--event", "departed", "--group", "clinic"] },
        { "addicts/addicts.csv", ["table1", "--group", "clinic", "--variables", "prison,mdose", "--categorical", "prison", "--p-values"] },
    };

    private static string Convert(TempDirectory dir, string csv)
    {
        var parquet = dir.File("cohort.parquet");
        var (code, _, err) = CliRunner.Run("convert", "--input", csv, "--output", parquet);
        Assert.True(code == 0, err);
        return parquet;
    }

    private static string WithoutTitle(string output, string file)
        => string.Join('\n', output.Split('\n').Where(l => !l.StartsWith(file + ":", StringComparison.Ordinal) && !l.Contains($"\"{file}\"", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Analyses))]
    public void A_converted_parquet_file_gives_the_csv_output_byte_for_byte(string file, string[] analysis)
    {
        using var dir = new TempDirectory();
        var csv = Data(file.Split('/'));
        var parquet = Convert(dir, csv);
        foreach (var format in (string[])["table", "json"])
        {
            var fromCsv = CliRunner.Run([.. analysis, "--input", csv, "--format", format]);
            var fromParquet = CliRunner.Run([.. analysis, "--input", parquet, "--format", format]);
            Assert.True(fromCsv.Code == 0, fromCsv.Err);
            Assert.True(fromParquet.Code == 0, fromParquet.Err);
            if (analysis[0] == "describe")
            {
                Assert.Contains("cohort.parquet", fromParquet.Out, StringComparison.Ordinal);
                Assert.Equal(WithoutTitle(fromCsv.Out, Path.GetFileName(csv)), WithoutTitle(fromParquet.Out, "cohort.parquet"));
            }
            else
            {
                Assert.Equal(fromCsv.Out, fromParquet.Out);
            }
        }
    }

    [Theory]
    [InlineData("--delimiter", ";")]
    [InlineData("--na", "NA")]
    [InlineData("--date-format", "dd/MM/yyyy")]
    [InlineData("--decimal-comma", null)]
    public void Csv_only_options_are_refused_for_parquet_input_naming_why(string option, string? value)
    {
        using var dir = new TempDirectory();
        var parquet = Convert(dir, Data("simulated_cohort.csv"));
        string[] args = ["km", "--input", parquet, "--time", "time_days", "--event", "event", option];
        var (code, _, err) = CliRunner.Run(value is null ? args : [.. args, value]);
        Assert.Equal(2, code);
        Assert.Contains($"{option} applies to CSV input only; cohort.parquet is read as Parquet", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_refuses_to_overwrite_without_force_and_needs_a_parquet_output()
    {
        using var dir = new TempDirectory();
        var parquet = Convert(dir, Data("simulated_cohort.csv"));
        var again = CliRunner.Run("convert", "--input", Data("simulated_cohort.csv"), "--output", parquet);
        Assert.Equal(2, again.Code);
        Assert.Contains("--force", again.Err, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("convert", "--input", Data("simulated_cohort.csv"), "--output", parquet, "--force").Code);
        var csvOut = CliRunner.Run("convert", "--input", Data("simulated_cohort.csv"), "--output", dir.File("out.csv"));
        Assert.Equal(2, csvOut.Code);
        Assert.Contains("--output FILE.parquet", csvOut.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.csv")));
    }

    [Fact]
    public void A_csv_named_with_input_format_csv_is_read_as_csv_and_a_csv_named_parquet_is_refused_as_not_parquet()
    {
        using var dir = new TempDirectory();
        var fake = dir.File("cohort.parquet");
        File.Copy(Data("simulated_cohort.csv"), fake);
        var refused = CliRunner.Run("km", "--input", fake, "--time", "time_days", "--event", "event");
        Assert.Equal(2, refused.Code);
        Assert.Contains("expected an Apache Parquet file", refused.Err, StringComparison.Ordinal);
        var asCsv = CliRunner.Run("km", "--input", fake, "--input-format", "csv", "--time", "time_days", "--event", "event");
        var original = CliRunner.Run("km", "--input", Data("simulated_cohort.csv"), "--time", "time_days", "--event", "event");
        Assert.Equal(0, asCsv.Code);
        Assert.Equal(original.Out, asCsv.Out);
    }
}
