using System.Globalization;
using System.Text;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// The claims-style layout of <c>simulate dispensing</c> (<c>--dates --codes --map-out</c>) and cohort
/// entry by first fill (retention without <c>--index</c>). Oracles: the claims layer only relabels the
/// study-day records (dates = an entry date + study day, codes for names, extra fills of a drug the map
/// lacks), so episodes from the claims file through the map equal episodes from the study-day file with
/// each patient's days counted from their first record; and entry by first fill equals an index file
/// whose index day is each patient's first dose.
/// </summary>
public sealed class ClaimsLayoutCommandTests
{
    [Fact]
    public void Claims_file_through_the_map_gives_the_episodes_of_the_study_day_file()
    {
        using var dir = new TempDirectory();
        var plain = dir.File("plain.csv");
        var claims = dir.File("claims.csv");
        var map = dir.File("map.csv");
        Assert.Equal(0, CliRunner.Run("simulate", "dispensing", "--patients", "300", "--seed", "11", "--output", plain).Code);
        var made = CliRunner.Run("simulate", "dispensing", "--patients", "300", "--seed", "11", "--dates", "--start-date", "2020-06-01", "--codes", "--map-out", map, "--output", claims);
        Assert.True(made.Code == 0, made.Err);

        var plainRows = File.ReadAllLines(plain).Skip(1).Select(l => l.Split(',')).ToList();
        var claimsRows = File.ReadAllLines(claims).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal("patient,fill_date,ndc,days_supplied", File.ReadLines(claims).First());
        var naloxone = claimsRows.Where(r => r[2] == "90004-0004-02").ToList();
        Assert.Equal(plainRows.Count, claimsRows.Count - naloxone.Count);
        Assert.InRange(naloxone.Count, 300 * 0.15, 300 * 0.35);
        Assert.All(claimsRows, r => Assert.InRange(DateOnly.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), new DateOnly(2020, 6, 1), new DateOnly(2020, 6, 1).AddDays(364 + 365)));

        // Study-day file with each patient's days counted from their first record, no dose.
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var shifted = new StringBuilder("patient,day,medication,days_supplied\n");
        foreach (var r in plainRows)
        {
            var day = int.Parse(r[1], CultureInfo.InvariantCulture);
            first.TryAdd(r[0], day);
            shifted.Append(CultureInfo.InvariantCulture, $"{r[0]},{day - first[r[0]]},{r[2]},{r[3]}\n");
        }

        var shiftedPath = dir.Write("shifted.csv", shifted.ToString());
        var noStrength = dir.Write("map-names.csv", string.Join('\n', File.ReadAllLines(map).Select(l => string.Join(',', l.Split(',').Take(2)))) + "\n");
        var a = CliRunner.Run("episodes", "--dispensing", shiftedPath, "--id", "patient", "--day", "day", "--days-supplied", "days_supplied", "--medication", "medication", "--gap", "14", "--output", dir.File("e1.csv"));
        var b = CliRunner.Run("episodes", "--dispensing", claims, "--id", "patient", "--day", "fill_date", "--days-supplied", "days_supplied", "--medication", "ndc", "--medication-map", noStrength, "--gap", "14", "--output", dir.File("e2.csv"));
        Assert.True(a.Code == 0, a.Err);
        Assert.True(b.Code == 0, b.Err);
        Assert.Equal(File.ReadAllText(dir.File("e1.csv")), File.ReadAllText(dir.File("e2.csv")));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{naloxone.Count} of {claimsRows.Count} records"), b.Err, StringComparison.Ordinal);

        var mapLines = File.ReadAllLines(map);
        Assert.Equal("code,medication,strength,description", mapLines[0]);
        Assert.Equal(6, mapLines.Length);
        Assert.DoesNotContain(mapLines, l => l.StartsWith("90004", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--gap", "14", "--retained-at", "90,180")]
    [InlineData("--gap", "none", "--retained-at", "161", "--horizon", "168", "--format", "json")]
    public void Entry_by_first_fill_equals_an_index_of_first_doses(params string[] options)
    {
        using var dir = new TempDirectory();
        var treatment = RepositoryPaths.Combine("data", "ctn0027", "treatment.csv");
        var index = new StringBuilder("who,first\n");
        foreach (var g in File.ReadAllLines(treatment).Skip(1).Select(l => l.Split(',')).GroupBy(f => f[0]))
        {
            index.Append(CultureInfo.InvariantCulture, $"{g.Key},{g.First()[2]}\n");
        }

        var indexPath = dir.Write("first.csv", index.ToString());
        var withIndex = CliRunner.Run(["retention", "--dispensing", treatment, "--id", "who", "--day", "when", "--dose", "amount", "--index", indexPath, "--index-day", "first", .. options]);
        var firstFill = CliRunner.Run(["retention", "--dispensing", treatment, "--id", "who", "--day", "when", "--dose", "amount", .. options]);
        Assert.True(withIndex.Code == 0, withIndex.Err);
        Assert.True(firstFill.Code == 0, firstFill.Err);
        Assert.Equal(withIndex.Out, firstFill.Out);
        Assert.Contains("cohort entry by first fill", firstFill.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("simulate dispensing --patients 5 --start-date 2019-01-01 --output x.csv", "--start-date sets the first entry date of --dates")]
    [InlineData("simulate dispensing --patients 5 --map-out m.csv --output x.csv", "--map-out writes the map of the drug codes of --codes")]
    [InlineData("simulate dispensing --patients 5 --dates --start-date 01/02/2019 --output x.csv", "expected a date as yyyy-MM-dd")]
    public void Claims_options_without_their_partner_are_refused(string command, string message)
    {
        using var dir = new TempDirectory();
        var args = command.Split(' ').Select(a => a.EndsWith(".csv", StringComparison.Ordinal) ? dir.File(a) : a).ToArray();
        var (code, _, err) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Theory]
    [InlineData("--group", "treatment")]
    [InlineData("--index-day", "when")]
    [InlineData("--censor-day", "when")]
    public void Index_options_without_an_index_are_refused(string option, string value)
    {
        var treatment = RepositoryPaths.Combine("data", "ctn0027", "treatment.csv");
        var (code, _, err) = CliRunner.Run("retention", "--dispensing", treatment, "--id", "who", "--day", "when", "--gap", "14", option, value);
        Assert.Equal(2, code);
        Assert.Contains($"{option}", err, StringComparison.Ordinal);
        Assert.Contains("no --index was given (cohort entry by first fill)", err, StringComparison.Ordinal);
    }
}
