using System.Globalization;
using System.Text;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>--medication-map</c>. Oracle: the equivalence "codes mapped to names give what the names give".
/// CTN-0027 dosing records get a medication name (from the randomised arm) and an NDC-like code for
/// that name; interleaved fills of other drugs carry codes the map lacks. Retention and episodes on the
/// codes with the map must be byte-identical to the run on the names without the other drugs' rows,
/// and the warning must count exactly the rows that were added. Small hand-worked files pin the strength
/// as dose, day 0 at the first mapped fill, and each refusal.
/// </summary>
public sealed class MedicationMapCommandTests
{
    private const string Map = "code,medication\n00054-4538,methadone\n12496-1208,buprenorphine\n";

    private static string Data(string file) => RepositoryPaths.Combine("data", "ctn0027", file);

    /// <summary>Writes (names, codes) versions of treatment.csv; every 10th record is followed by a fill of another drug (code only) on the same day.</summary>
    private static (string Names, string Codes, int Added) Files(TempDirectory dir)
    {
        var arm = File.ReadAllLines(Data("randomization.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[2] == "\"1\"")
            .ToDictionary(f => f[0], f => f[1].Contains("BUP", StringComparison.Ordinal) ? "buprenorphine" : "methadone", StringComparer.Ordinal);
        var names = new StringBuilder("who,amount,when,medication\n");
        var codes = new StringBuilder("who,amount,when,ndc\n");
        var added = 0;
        var row = 0;
        foreach (var line in File.ReadAllLines(Data("treatment.csv")).Skip(1))
        {
            var who = line[..line.IndexOf(',', StringComparison.Ordinal)];
            var medication = arm.GetValueOrDefault(who, "methadone");
            names.Append(line).Append(',').Append(medication).Append('\n');
            codes.Append(line).Append(',').Append(medication == "methadone" ? "00054-4538" : "12496-1208").Append('\n');
            if (++row % 10 == 0)
            {
                var day = line[(line.LastIndexOf(',') + 1)..];
                codes.Append(who).Append(",5,").Append(day).Append(',').Append(row % 20 == 0 ? "00093-0058" : "").Append('\n');
                added++;
            }
        }

        var namesPath = dir.Write("names.csv", names.ToString());
        var codesPath = dir.Write("codes.csv", codes.ToString());
        return (namesPath, codesPath, added);
    }

    [Theory]
    [InlineData("--gap", "14", "--retained-at", "90,180", "--switch", "new-episode")]
    [InlineData("--gap", "30;methadone=7", "--retained-at", "161", "--horizon", "168", "--completion-day", "161", "--format", "json")]
    public void Retention_on_mapped_codes_equals_retention_on_names(params string[] options)
    {
        using var dir = new TempDirectory();
        var (names, codes, added) = Files(dir);
        var map = dir.Write("map.csv", Map);
        string[] common = ["--id", "who", "--day", "when", "--dose", "amount", "--index", Data("randomization.csv"), "--index-day", "when", "--index-filter", "which=1", "--group", "treatment", .. options];
        var expected = CliRunner.Run(["retention", "--dispensing", names, "--medication", "medication", "--patients-out", dir.File("p1.csv"), .. common]);
        var actual = CliRunner.Run(["retention", "--dispensing", codes, "--medication", "ndc", "--medication-map", map, "--patients-out", dir.File("p2.csv"), .. common]);
        Assert.True(expected.Code == 0, expected.Err);
        Assert.True(actual.Code == 0, actual.Err);
        Assert.Equal(expected.Out, actual.Out);
        Assert.Equal(File.ReadAllText(dir.File("p1.csv")), File.ReadAllText(dir.File("p2.csv")));
        var records = File.ReadAllLines(codes).Length - 1;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{added} of {records} records"), actual.Err, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"00093-0058 ({added / 2})"), actual.Err, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"(no code) ({added - (added / 2)})"), actual.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Episodes_streamed_on_mapped_codes_equal_episodes_on_names()
    {
        using var dir = new TempDirectory();
        var (names, codes, _) = Files(dir);
        var map = dir.Write("map.csv", Map);
        var a = CliRunner.Run("episodes", "--dispensing", names, "--id", "who", "--day", "when", "--dose", "amount", "--medication", "medication", "--switch", "new-episode", "--gap", "7", "--output", dir.File("e1.csv"));
        var b = CliRunner.Run("episodes", "--dispensing", codes, "--id", "who", "--day", "when", "--dose", "amount", "--medication", "ndc", "--medication-map", map, "--switch", "new-episode", "--gap", "7", "--output", dir.File("e2.csv"));
        Assert.True(a.Code == 0, a.Err);
        Assert.True(b.Code == 0, b.Err);
        Assert.Equal(File.ReadAllText(dir.File("e1.csv")), File.ReadAllText(dir.File("e2.csv")));
        Assert.Equal(a.Out, b.Out);
    }

    /// <summary>
    /// Worked by hand: patient 1's first fill is another drug (2021-01-01, left out), so day 0 is
    /// 2021-01-05; methadone 7+7 days then a 39-day gap (> 14) and a new episode on 2021-02-20 = day 46.
    /// Strength 10 mg is the dose of every methadone record; patient 2's last fill is unmapped.
    /// </summary>
    [Fact]
    public void Strength_is_the_dose_and_day_zero_is_the_first_mapped_fill()
    {
        using var dir = new TempDirectory();
        var map = dir.Write("map.csv", "code,medication,strength\n00054-4538,methadone,10\n12496-1208,buprenorphine,8\n");
        var fills = dir.Write("fills.csv", "patient,fill_date,ndc,days_supplied\n1,2021-01-01,99999-0001,30\n1,2021-01-05,00054-4538,7\n1,2021-01-12,00054-4538,7\n1,2021-02-20,00054-4538,7\n2,2021-03-01,12496-1208,14\n2,2021-03-15,12496-1208,14\n2,2021-03-29,11111-2222,30\n");
        var (code, _, err) = CliRunner.Run("episodes", "--dispensing", fills, "--id", "patient", "--day", "fill_date", "--days-supplied", "days_supplied", "--medication", "ndc", "--medication-map", map, "--gap", "14", "--output", dir.File("e.csv"));
        Assert.True(code == 0, err);
        Assert.Equal(
            "patient,episode,start,end,days,records,covered_days,medication,max_dose,ended_by\n1,1,0,13,14,2,14,methadone,10,gap\n1,2,46,52,7,1,7,methadone,10,last_record\n2,1,0,27,28,2,28,buprenorphine,8,last_record\n",
            File.ReadAllText(dir.File("e.csv")));
        Assert.Contains("2 of 7 records (28.6%) have a code in column ndc that map.csv does not list", err, StringComparison.Ordinal);
        Assert.Contains("11111-2222 (1), 99999-0001 (1)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_read_as_text_so_leading_zeros_match()
    {
        using var dir = new TempDirectory();
        var map = dir.Write("map.csv", "code,medication\n0054453825,methadone\n");
        var fills = dir.Write("fills.csv", "patient,day,ndc\n1,0,0054453825\n1,1,0054453825\n");
        var (code, _, err) = CliRunner.Run("episodes", "--dispensing", fills, "--id", "patient", "--day", "day", "--medication", "ndc", "--medication-map", map, "--gap", "3", "--output", dir.File("e.csv"));
        Assert.True(code == 0, err);
        Assert.Contains("1,1,0,1,2,2,2,methadone,,last_record", File.ReadAllText(dir.File("e.csv")), StringComparison.Ordinal);
        Assert.DoesNotContain("warning", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code,medication\n00054-4538,methadone\n00054-4538,methadone\n", "line 3, column \"code\": expected each code once (code 00054-4538 is already on line 2)")]
    [InlineData("code,medication\n00054-4538,\n", "line 2, column \"medication\": expected the medication of code 00054-4538")]
    [InlineData("code,drug\n00054-4538,methadone\n", "medication")]
    [InlineData("code,medication,strength\n00054-4538,methadone,-5\n", "expected a strength >= 0")]
    [InlineData("code,medication\n", "expected at least one data row")]
    public void A_bad_map_stops_naming_file_line_and_column(string mapText, string expected)
    {
        using var dir = new TempDirectory();
        var map = dir.Write("map.csv", mapText);
        var fills = dir.Write("fills.csv", "patient,day,ndc\n1,0,00054-4538\n");
        var (code, _, err) = CliRunner.Run("episodes", "--dispensing", fills, "--id", "patient", "--day", "day", "--medication", "ndc", "--medication-map", map, "--gap", "3", "--output", dir.File("e.csv"));
        Assert.Equal(2, code);
        Assert.Contains("map.csv", err, StringComparison.Ordinal);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("e.csv")));
    }

    [Fact]
    public void Nothing_mapped_dose_and_strength_together_and_no_code_column_are_refused()
    {
        using var dir = new TempDirectory();
        var map = dir.Write("map.csv", "code,medication,strength\nA1,methadone,10\n");
        var fills = dir.Write("fills.csv", "patient,day,ndc,dose\n1,0,B2,60\n");
        string[] common = ["episodes", "--dispensing", fills, "--id", "patient", "--day", "day", "--gap", "3", "--medication-map", map, "--output", dir.File("e.csv")];
        var none = CliRunner.Run([.. common, "--medication", "ndc"]);
        Assert.Equal(2, none.Code);
        Assert.Contains("No record's code is in the map", none.Err, StringComparison.Ordinal);
        var both = CliRunner.Run([.. common, "--medication", "ndc", "--dose", "dose"]);
        Assert.Equal(2, both.Code);
        Assert.Contains("both give the dose", both.Err, StringComparison.Ordinal);
        var noColumn = CliRunner.Run(common);
        Assert.Equal(2, noColumn.Code);
        Assert.Contains("name it with --medication COLUMN", noColumn.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("e.csv")));
    }
}
