using System.Globalization;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Dispensing records by fill date. Oracle: the equivalence "study days shifted onto dates give the
/// same numbers". CTN-0027 treatment and randomisation with every study day d written as the date
/// 2015-01-01 + d must give byte-identical retention output (table, JSON, per-patient file) to the
/// study-day files, because study day = date - index date on both sides. Episodes has no index, so
/// with dates it counts from each patient's first fill: its CSV must equal the study-day run on the
/// same records with each patient's days shifted so that the first record is day 0.
/// </summary>
public sealed class FillDatesCommandTests
{
    private static readonly DateTime Anchor = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static string Data(string file) => RepositoryPaths.Combine("data", "ctn0027", file);

    /// <summary>Rewrites the last column (the study day <c>when</c>) of a CTN-0027 file through <paramref name="day"/>.</summary>
    private static string Rewrite(TempDirectory dir, string file, string name, Func<string, int, string> day)
    {
        var lines = File.ReadAllLines(Data(file));
        var output = new List<string> { lines[0] };
        foreach (var line in lines.Skip(1))
        {
            var cut = line.LastIndexOf(',');
            var text = line[(cut + 1)..];
            var who = line[..line.IndexOf(',', StringComparison.Ordinal)];
            output.Add(text.Length == 0 ? line : line[..(cut + 1)] + day(who, int.Parse(text, CultureInfo.InvariantCulture)));
        }

        var path = dir.File(name);
        File.WriteAllLines(path, output);
        return path;
    }

    private static string AsDate(int day) => Anchor.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (string Out, string Patients) Retention(TempDirectory dir, string treatment, string randomization, string tag, params string[] extra)
    {
        var patients = dir.File($"patients-{tag}.csv");
        var (code, output, err) = CliRunner.Run(
        [
            "retention", "--dispensing", treatment, "--id", "who", "--day", "when", "--dose", "amount",
            "--index", randomization, "--index-day", "when", "--index-filter", "which=1", "--group", "treatment",
            "--patients-out", patients, .. extra,
        ]);
        Assert.True(code == 0, err);
        return (output, File.ReadAllText(patients));
    }

    [Theory]
    [InlineData("--gap", "none", "--retained-at", "30,90,161", "--horizon", "168", "--completion-day", "161", "--format", "json")]
    [InlineData("--gap", "14", "--retained-at", "90,180")]
    [InlineData("--gap-sweep", "7,14,30,none", "--retained-at", "161", "--horizon", "168", "--format", "json")]
    public void Retention_from_fill_dates_equals_study_days(params string[] options)
    {
        using var dir = new TempDirectory();
        var datedTreatment = Rewrite(dir, "treatment.csv", "treatment-dates.csv", (_, d) => AsDate(d));
        var datedIndex = Rewrite(dir, "randomization.csv", "randomization-dates.csv", (_, d) => AsDate(d));
        var days = Retention(dir, Data("treatment.csv"), Data("randomization.csv"), "days", options);
        var dates = Retention(dir, datedTreatment, datedIndex, "dates", options);
        Assert.Equal(days.Out, dates.Out);
        Assert.Equal(days.Patients, dates.Patients);
    }

    [Fact]
    public void Episodes_from_fill_dates_count_from_each_first_fill()
    {
        using var dir = new TempDirectory();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var fromFirst = Rewrite(dir, "treatment.csv", "treatment-from-first.csv", (who, d) =>
        {
            first.TryAdd(who, d);
            return (d - first[who]).ToString(CultureInfo.InvariantCulture);
        });
        var dated = Rewrite(dir, "treatment.csv", "treatment-dates.csv", (_, d) => AsDate(d));
        string Episodes(string input, string tag, out string err)
        {
            var output = dir.File($"episodes-{tag}.csv");
            var (code, _, e) = CliRunner.Run("episodes", "--dispensing", input, "--id", "who", "--day", "when", "--dose", "amount", "--gap", "7", "--output", output);
            Assert.True(code == 0, e);
            err = e;
            return File.ReadAllText(output);
        }

        var expected = Episodes(fromFirst, "days", out _);
        var actual = Episodes(dated, "dates", out var note);
        Assert.Equal(expected, actual);
        Assert.Contains("count days from each patient's first fill", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Study_day_records_with_an_index_date_stop_naming_the_index_column()
    {
        using var dir = new TempDirectory();
        var datedIndex = Rewrite(dir, "randomization.csv", "randomization-dates.csv", (_, d) => AsDate(d));
        var (code, _, err) = CliRunner.Run(
            "retention", "--dispensing", Data("treatment.csv"), "--id", "who", "--day", "when",
            "--index", datedIndex, "--index-day", "when", "--index-filter", "which=1", "--gap", "14");
        Assert.Equal(2, code);
        Assert.Contains("a whole-number index study day (--day names study days, so --index-day must too)", err, StringComparison.Ordinal);
        Assert.Contains("line 2", err, StringComparison.Ordinal);
    }
}
