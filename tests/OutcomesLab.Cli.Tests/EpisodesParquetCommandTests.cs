using System.Globalization;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>episodes</c> streaming a Parquet file. Oracle: the CSV path on the same records (CTN-0027 dosing as
/// study days and shifted onto fill dates, and simulated dispensing with days supplied and medication),
/// converted with <c>convert --row-group-size</c> into many small row groups: the episodes CSV must be
/// byte-identical and the printed summary identical (table and JSON). Also the order error with a row
/// number, and <c>--input-format parquet</c> for a file without the extension.
/// </summary>
public sealed class EpisodesParquetCommandTests
{
    private static readonly DateTime Anchor = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static TheoryData<string, string[]> Inputs => new()
    {
        { "ctn0027", ["--id", "who", "--day", "when", "--dose", "amount", "--gap", "7"] },
        { "ctn0027-dates", ["--id", "who", "--day", "when", "--dose", "amount", "--gap", "7"] },
        { "simulated", ["--id", "patient", "--day", "day", "--days-supplied", "days_supplied", "--medication", "medication", "--dose", "dose_mg", "--gap", "30", "--switch", "new-episode"] },
    };

    private static string Input(TempDirectory dir, string name)
    {
        var ctn = RepositoryPaths.Combine("data", "ctn0027", "treatment.csv");
        switch (name)
        {
            case "ctn0027":
                return ctn;
            case "ctn0027-dates":
                // The study day (last column) shifted onto a calendar date, as FillDatesCommandTests.
                var lines = File.ReadAllLines(ctn);
                var dated = lines.Take(1).Concat(lines.Skip(1).Select(l =>
                {
                    var cut = l.LastIndexOf(',');
                    var day = int.Parse(l[(cut + 1)..], CultureInfo.InvariantCulture);
                    return l[..(cut + 1)] + Anchor.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }));
                var path = dir.File("treatment-dates.csv");
                File.WriteAllLines(path, dated);
                return path;
            default:
                var simulated = dir.File("simulated.csv");
                Assert.Equal(0, CliRunner.Run("simulate", "dispensing", "--patients", "400", "--seed", "9", "--output", simulated).Code);
                return simulated;
        }
    }

    private static string Convert(TempDirectory dir, string csv, string name, int rowGroupSize)
    {
        var parquet = dir.File(name);
        var (code, _, err) = CliRunner.Run("convert", "--input", csv, "--output", parquet, "--row-group-size", rowGroupSize.ToString(CultureInfo.InvariantCulture));
        Assert.True(code == 0, err);
        return parquet;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parquet_in_small_row_groups_gives_the_csv_episodes_byte_for_byte_and_the_same_summary(string input, string[] options)
    {
        using var dir = new TempDirectory();
        var csv = Input(dir, input);
        var parquet = Convert(dir, csv, "records.parquet", 4999);
        foreach (var format in (string[])["table", "json"])
        {
            var fromCsv = dir.File($"csv-{format}.csv");
            var fromParquet = dir.File($"parquet-{format}.csv");
            var a = CliRunner.Run(["episodes", "--dispensing", csv, .. options, "--output", fromCsv, "--format", format]);
            var b = CliRunner.Run(["episodes", "--dispensing", parquet, .. options, "--output", fromParquet, "--format", format]);
            Assert.True(a.Code == 0, a.Err);
            Assert.True(b.Code == 0, b.Err);
            Assert.Equal(a.Out, b.Out);
            Assert.Equal(File.ReadAllBytes(fromCsv), File.ReadAllBytes(fromParquet));
            Assert.True(File.ReadAllLines(fromCsv).Length > 300, "expected many episodes");
            Assert.Equal(input == "ctn0027-dates", b.Err.Contains("holds fill dates", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_unsorted_parquet_file_exits_two_naming_the_row_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var csv = dir.Write("d.csv", "patient,day\n1,0\n1,1\n2,0\n1,2\n");
        var parquet = Convert(dir, csv, "d.parquet", 2);
        var output = dir.File("e.csv");
        var (code, _, err) = CliRunner.Run("episodes", "--dispensing", parquet, "--id", "patient", "--day", "day", "--gap", "7", "--output", output);
        Assert.Equal(2, code);
        Assert.Contains("d.parquet row 4, column \"patient\": expected records grouped by patient", err, StringComparison.Ordinal);
        Assert.Contains("found \"patient 1\"", err, StringComparison.Ordinal);
        Assert.Contains("Sort the file by patient, then day", err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Input_format_parquet_reads_a_file_without_the_extension_and_csv_a_csv_named_parquet()
    {
        using var dir = new TempDirectory();
        var csv = dir.Write("d.csv", "patient,day\n1,0\n1,1\n2,0\n2,9\n");
        var parquet = Convert(dir, csv, "d.parquet", 1);
        var noExtension = dir.File("d.bin");
        File.Copy(parquet, noExtension);
        var fakeParquet = dir.File("fake.parquet");
        File.Copy(csv, fakeParquet);
        string[] options = ["--id", "patient", "--day", "day", "--gap", "3", "--format", "json"];
        var expected = CliRunner.Run(["episodes", "--dispensing", csv, .. options, "--output", dir.File("a.csv")]);
        var asParquet = CliRunner.Run(["episodes", "--dispensing", noExtension, "--input-format", "parquet", .. options, "--output", dir.File("b.csv")]);
        var asCsv = CliRunner.Run(["episodes", "--dispensing", fakeParquet, "--input-format", "csv", .. options, "--output", dir.File("c.csv")]);
        Assert.True(expected.Code == 0, expected.Err);
        Assert.Contains("\"episodes\": 3", expected.Out, StringComparison.Ordinal);
        Assert.Equal((0, expected.Out), (asParquet.Code, asParquet.Out));
        Assert.Equal((0, expected.Out), (asCsv.Code, asCsv.Out));
        var refused = CliRunner.Run(["episodes", "--dispensing", fakeParquet, .. options, "--output", dir.File("e.csv")]);
        Assert.Equal(2, refused.Code);
        Assert.Contains("expected an Apache Parquet file", refused.Err, StringComparison.Ordinal);
    }
}
