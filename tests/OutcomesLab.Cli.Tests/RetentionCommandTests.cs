using System.Globalization;
using System.Text.Json;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// End-to-end retention and uds commands on the bundled CTN-0027 tables. Oracles: Hser et al.,
/// Addiction 2014 (74% vs 46% 24-week completion, ±2 points) and counts recomputed independently
/// with Python on the raw CSVs (tests/OutcomesLab.Core.Tests/Fixtures/ctn0027/crosscheck.py).
/// </summary>
public sealed class RetentionCommandTests
{
    private static string Data(string file) => RepositoryPaths.Combine("data", "ctn0027", file);

    private static string[] Retention(params string[] extra) =>
    [
        "retention", "--dispensing", Data("treatment.csv"), "--id", "who", "--day", "when", "--dose", "amount",
        "--index", Data("randomization.csv"), "--index-day", "when", "--index-filter", "which=1", "--group", "treatment", .. extra,
    ];

    private static string[] Uds(params string[] extra) =>
    [
        "uds", "--uds", Data("uds.csv"), "--visits", Data("visit.csv"), "--visit-filter", "what=visit", "--id", "who", "--day", "when",
        "--substance", "Opioid", "--index", Data("randomization.csv"), "--index-day", "when", "--index-filter", "which=1", "--group", "treatment", .. extra,
    ];

    [Fact]
    public void HserCompletionThroughTheCli()
    {
        var (code, stdout, stderr) = CliRunner.Run(Retention("--gap", "none", "--retained-at", "90,161", "--horizon", "168", "--format", "json"));
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal("none", root.GetProperty("gap").GetString());
        Assert.Equal(168, root.GetProperty("horizon").GetInt32());
        var groups = root.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!);
        Assert.Equal(["group", "n", "retained_at", "median_days", "n_not_started", "n_dropouts"], groups["Methadone"].EnumerateObject().Select(p => p.Name));

        // Python: methadone 520 dosed (9 not), 386 completed; buprenorphine 727 (13 not), 339. Hser 2014: 74% vs 46%.
        var met = groups["Methadone"];
        Assert.Equal(520, met.GetProperty("n").GetInt32());
        Assert.Equal(9, met.GetProperty("n_not_started").GetInt32());
        var met161 = met.GetProperty("retained_at")[1];
        Assert.Equal(161, met161.GetProperty("day").GetInt32());
        Assert.Equal(386, met161.GetProperty("n_retained").GetInt32());
        NumericAssert.Close(0.74, met161.GetProperty("proportion").GetDouble(), rel: 0, abs: 0.02, what: "Hser methadone");
        Assert.Equal(JsonValueKind.Null, met.GetProperty("median_days").ValueKind);

        var bup = groups["Outpatient BUP"];
        Assert.Equal(727, bup.GetProperty("n").GetInt32());
        Assert.Equal(13, bup.GetProperty("n_not_started").GetInt32());
        Assert.Equal(339, bup.GetProperty("retained_at")[1].GetProperty("n_retained").GetInt32());
        NumericAssert.Close(0.46, bup.GetProperty("retained_at")[1].GetProperty("proportion").GetDouble(), rel: 0, abs: 0.02, what: "Hser buprenorphine");

        // R survfit median for buprenorphine (crosscheck.R): 126 days.
        NumericAssert.Close(126, bup.GetProperty("median_days").GetDouble());
    }

    /// <summary>
    /// Issue 14.1: with the planned end of treatment on day 161 (Hser 2014), a patient still dosed on
    /// day 161 has completed and is censored. Hand derivation: the dropouts are then exactly the
    /// dosed patients not retained at day 161 (520 − 386 = 134, 727 − 339 = 388), and with no event
    /// after day 161 the Kaplan–Meier curve of the per-patient table is flat from 161 to the horizon,
    /// at the retained proportion (386/520, 339/727, nobody censored before 161 with gap none).
    /// Without --completion-day the 68 methadone patients whose last dose fell on days 161-166 count as dropouts (202, as issue 14 measured).
    /// </summary>
    [Fact]
    public void CompletionDayCensorsCompletersInsteadOfCountingThemAsDropouts()
    {
        using var dir = new TempDirectory();
        var patients = dir.File("patients.csv");
        var (code, stdout, stderr) = CliRunner.Run(Retention("--gap", "none", "--retained-at", "161", "--horizon", "168", "--completion-day", "161", "--patients-out", patients, "--format", "json"));
        Assert.True(code == 0, stderr);
        using (var doc = JsonDocument.Parse(stdout))
        {
            Assert.Equal(161, doc.RootElement.GetProperty("completion_day").GetInt32());
            var groups = doc.RootElement.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!);
            foreach (var (arm, n, retained) in new[] { ("Methadone", 520, 386), ("Outpatient BUP", 727, 339) })
            {
                Assert.Equal(n, groups[arm].GetProperty("n").GetInt32());
                Assert.Equal(retained, groups[arm].GetProperty("retained_at")[0].GetProperty("n_retained").GetInt32());
                Assert.Equal(n - retained, groups[arm].GetProperty("n_dropouts").GetInt32());
            }
        }

        var rows = File.ReadAllLines(patients).Skip(1).Select(l => l.Split(',')).Where(c => c[2] == "1").ToArray();
        Assert.Equal(134, rows.Count(c => c[1] == "Methadone" && c[4] == "1"));
        Assert.Equal(388, rows.Count(c => c[1] == "Outpatient BUP" && c[4] == "1"));
        Assert.All(rows.Where(c => c[5] == "1"), c => Assert.Equal("0", c[4]));
        Assert.Equal(386 + 339, rows.Count(c => c[5] == "1"));

        var started = dir.File("started.csv");
        File.WriteAllLines(started, [File.ReadLines(patients).First(), .. rows.Select(c => string.Join(',', c))]);
        var km = CliRunner.Run("km", "--input", started, "--time", "time", "--event", "dropout", "--group", "group", "--times", "161,162,165,167,168", "--format", "json");
        Assert.True(km.Code == 0, km.Err);
        using var kmDoc = JsonDocument.Parse(km.Out);
        foreach (var curve in kmDoc.RootElement.GetProperty("groups").EnumerateArray())
        {
            var expected = curve.GetProperty("group").GetString() == "Methadone" ? 386.0 / 520 : 339.0 / 727;
            foreach (var landmark in curve.GetProperty("landmarks").EnumerateArray())
            {
                NumericAssert.Close(expected, landmark.GetProperty("surv").GetDouble(), what: "S(t) flat from day 161 to 168");
            }
        }

        var old = CliRunner.Run(Retention("--gap", "none", "--retained-at", "161", "--horizon", "168", "--format", "json"));
        using var oldDoc = JsonDocument.Parse(old.Out);
        Assert.Equal(JsonValueKind.Null, oldDoc.RootElement.GetProperty("completion_day").ValueKind);
        var lastWeek = rows.Count(c => c[1] == "Methadone" && int.Parse(c[6], CultureInfo.InvariantCulture) is >= 161 and < 167);
        Assert.Equal(134 + lastWeek, oldDoc.RootElement.GetProperty("groups")[0].GetProperty("n_dropouts").GetInt32());
        Assert.Equal(202, 134 + lastWeek);
    }

    [Theory]
    [InlineData("0", "--completion-day 0: expected at least 1 day")]
    [InlineData("168", "--completion-day 168 is not before --horizon 168")]
    public void CompletionDayOutOfRangeIsAUsageError(string day, string message)
    {
        var (code, _, stderr) = CliRunner.Run(Retention("--gap", "none", "--horizon", "168", "--completion-day", day));
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void IntentionToTreatCountsNonStartersAsNotRetained()
    {
        var (code, stdout, stderr) = CliRunner.Run(Retention("--gap", "none", "--retained-at", "161", "--horizon", "168", "--itt", "--format", "json"));
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var met = doc.RootElement.GetProperty("groups")[0];
        NumericAssert.Close(386.0 / 529, met.GetProperty("retained_at")[0].GetProperty("proportion").GetDouble());
    }

    [Fact]
    public void GapSweepPrintsOneBlockPerGapAndWritesEpisodes()
    {
        using var dir = new TempDirectory();
        var episodes = dir.File("episodes.csv");
        var (code, stdout, stderr) = CliRunner.Run(Retention("--gap-sweep", "7,14,30,none", "--retained-at", "161", "--horizon", "168", "--episodes-out", episodes, "--format", "json"));
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var sweep = doc.RootElement.GetProperty("sweep").EnumerateArray().ToList();
        Assert.Equal(4, sweep.Count);
        Assert.Equal(7, sweep[0].GetProperty("gap").GetInt32());
        Assert.Equal("none", sweep[3].GetProperty("gap").GetString());
        Assert.Equal(386, sweep[3].GetProperty("groups")[0].GetProperty("retained_at")[0].GetProperty("n_retained").GetInt32());

        // The episodes file is the last gap's (none): one episode per patient with doses.
        var lines = File.ReadAllLines(episodes);
        Assert.Equal("patient,episode,start,end,records,covered_days,medication,max_dose", lines[0]);
        Assert.Equal(File.ReadLines(Data("treatment.csv")).Skip(1).Select(l => l.Split(',')[0]).Distinct().Count(), lines.Length - 1);
    }

    [Fact]
    public void UdsOpioidNegativeWeeksThroughTheCli()
    {
        using var dir = new TempDirectory();
        var words = dir.File("words.csv");
        var (code, stdout, stderr) = CliRunner.Run(Uds("--weeks", "1-24", "--missing", "positive", "--words-out", words, "--format", "json"));
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var groups = doc.RootElement.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!);

        // Python on raw visit.csv + uds.csv: 5025 of 529 x 24 methadone weeks and 5400 of 740 x 24 buprenorphine weeks opioid-negative.
        Assert.Equal(5025, groups["Methadone"].GetProperty("negative_weeks").GetInt32());
        Assert.Equal(12696, groups["Methadone"].GetProperty("counted_weeks").GetInt32());
        Assert.Equal(5400, groups["Outpatient BUP"].GetProperty("negative_weeks").GetInt32());
        Assert.Equal(17760, groups["Outpatient BUP"].GetProperty("counted_weeks").GetInt32());
        Assert.Equal(363, groups["Methadone"].GetProperty("n_relapsed").GetInt32());
        Assert.Equal(396, groups["Outpatient BUP"].GetProperty("n_dropout").GetInt32());
        Assert.Contains("10,Outpatient BUP,--o--*++o-++++++++o+--o+,", File.ReadAllText(words), StringComparison.Ordinal);
    }

    [Fact]
    public void UnsortedDispensingFileNamesTheFirstOutOfOrderLine()
    {
        using var dir = new TempDirectory();
        var disp = dir.Write("disp.csv", "who,when\n1,0\n1,1\n2,0\n1,2\n");
        var index = dir.Write("index.csv", "who,when,arm\n1,0,a\n2,0,b\n");
        var output = dir.File("out.json");
        var (code, stdout, stderr) = CliRunner.Run("retention", "--dispensing", disp, "--id", "who", "--day", "when", "--gap", "7", "--index", index, "--index-day", "when", "--group", "arm", "--output", output);
        Assert.True(code == 2, stderr);
        Assert.Contains("disp.csv line 5", stderr, StringComparison.Ordinal);
        Assert.Contains("Sort the file by who, then when", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void DecreasingDayNamesTheLine()
    {
        using var dir = new TempDirectory();
        var disp = dir.Write("disp.csv", "who,when\n1,0\n1,5\n1,3\n");
        var index = dir.Write("index.csv", "who,when\n1,0\n");
        var (code, _, stderr) = CliRunner.Run("retention", "--dispensing", disp, "--id", "who", "--day", "when", "--gap", "7", "--index", index, "--index-day", "when");
        Assert.Equal(2, code);
        Assert.Contains("disp.csv line 4, column \"when\"", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("two weeks")]
    [InlineData("-7")]
    public void UnknownGapTextIsAUsageError(string gap)
    {
        var (code, stdout, stderr) = CliRunner.Run(Retention("--gap", gap));
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains($"--gap \"{gap}\": expected a whole number of days", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void GapAndGapSweepTogetherAreRefusedBecauseTheSweepWouldIgnoreTheGap()
    {
        var (code, stdout, stderr) = CliRunner.Run(Retention("--gap", "7", "--gap-sweep", "14,30"));
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("not both", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingGapIsAUsageError()
    {
        var (code, _, stderr) = CliRunner.Run(Retention());
        Assert.Equal(2, code);
        Assert.Contains("no default", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRuleIsMandatoryAndSaysWhy()
    {
        var (code, stdout, stderr) = CliRunner.Run(Uds());
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("--missing is required", stderr, StringComparison.Ordinal);
        Assert.Contains("no default because published abstinence rates differ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicatePatientsInTheIndexNeedAFilter()
    {
        var args = Retention("--gap", "none").Where(a => a != "--index-filter" && a != "which=1").ToArray();
        var (code, _, stderr) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains("randomization.csv line 3", stderr, StringComparison.Ordinal);
        Assert.Contains("--index-filter", stderr, StringComparison.Ordinal);
    }
}
