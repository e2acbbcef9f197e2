#:project ../src/OutcomesLab.IO/OutcomesLab.IO.csproj
#:project ../src/OutcomesLab.Plotting/OutcomesLab.Plotting.csproj
// ---------------------------------------------------------------------------------------------
// Notebook 03 — How the missing-urine-screen rule changes the conclusion (CTN-0027, START)
//
// Research question: buprenorphine patients in START left treatment far more often than methadone
// patients (notebook 02), so they also missed far more weekly urine screens. Is buprenorphine worse
// at stopping opioid use, or does it only look worse because a missing screen is counted as a
// positive one? We compute the same two opioid outcomes under every missing-data rule the library
// offers (UdsMissingRule: missing = positive, missing stays missing = available cases, missing =
// negative) and put the effect sizes side by side.
//
// Run from the repository root:   dotnet run --file notebooks/03-ctn0027-missing-urine-rule.cs
// Output: notebooks/output/03-ctn0027-missing-urine-rule.md, 03-uds-heatmap.png, 03-effects-by-rule.png.
// ---------------------------------------------------------------------------------------------
using System.Globalization;
using System.Text;
using OutcomesLab.EffectSizes;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

var inv = CultureInfo.InvariantCulture;
var repo = Path.GetFullPath(Path.Combine(NotebookFolder(), ".."));
string DataFile(string name) => Path.Combine(repo, "data", "ctn0027", name);
var outputFolder = Path.Combine(NotebookFolder(), "output");
Directory.CreateDirectory(outputFolder);
var report = new StringBuilder();
void Say(string line = "")
{
    Console.WriteLine(line);
    report.AppendLine(line);
}

void SaveFigure(Figure figure, string file, string caption)
{
    File.WriteAllBytes(Path.Combine(outputFolder, file), figure.ToPng());
    Say($"![{caption}]({file})");
    Say();
}

Say("# 03 — How the missing-urine-screen rule changes the conclusion (CTN-0027)");
Say();
Say($"Data: `data/ctn0027/` (public.ctn0094data 1.0.6, MIT): uds.csv (SHA-256 `{FileHash.Sha256(DataFile("uds.csv"))[..12]}…`), visit.csv (`{FileHash.Sha256(DataFile("visit.csv"))[..12]}…`), randomization.csv.");
Say();

// Step 1. Weekly opioid use-pattern words, weeks 1-24 after the first randomisation, exactly as in
// notebook 02: + positive, - negative (a visit without an opioid-positive row), * mixed, o no sample.
var randomization = CohortCsvReader.ReadTable(DataFile("randomization.csv"));
var rand = Rows(randomization).Where(r => Text(randomization, "which", r) == "1").ToList();
var index = RetentionIndex.Create(
    [.. rand.Select(r => Text(randomization, "who", r))],
    [.. rand.Select(r => Day(randomization, "when", r))],
    [.. rand.Select(r => Text(randomization, "treatment", r))]);
var visits = CohortCsvReader.ReadTable(DataFile("visit.csv"));
var uds = CohortCsvReader.ReadTable(DataFile("uds.csv"));
var sampleRows = Rows(visits).Where(r => Text(visits, "what", r) == "visit").ToList();
var words = UdsUsePattern.Build(
    index,
    [.. sampleRows.Select(r => Text(visits, "who", r))],
    [.. sampleRows.Select(r => Day(visits, "when", r))],
    [.. Rows(uds).Select(r => Text(uds, "who", r))],
    [.. Rows(uds).Select(r => Day(uds, "when", r))],
    [.. Rows(uds).Select(r => Text(uds, "what", r))],
    new UdsWordOptions { Substances = ["Opioid"], LastWeek = 24 });
const string Bup = "Outpatient BUP", Met = "Methadone";
var arms = new[] { Met, Bup };
Say("## 1. How much is missing?");
Say();
Say("| arm | randomised | weeks without a sample (1-24) | no sample in weeks 21-24 |");
Say("|---|---:|---:|---:|");
foreach (var arm in arms)
{
    var w = Enumerable.Range(0, words.Words.Length).Where(i => words.Groups[i] == arm).Select(i => words.Words[i]).ToList();
    var missing = w.Sum(x => x.Count(c => c == 'o'));
    Say(string.Create(inv, $"| {arm} | {w.Count} | {missing} of {24 * w.Count} ({100.0 * missing / (24 * w.Count):0.0}%) | {w.Count(x => x[^4..] == "oooo")} ({100.0 * w.Count(x => x[^4..] == "oooo") / w.Count:0.0}%) |"));
}

Check(words.Words.Length == 1269 && words.Groups.Count(g => g == Met) == 529, "CTN-0027 should have 1,269 first randomisations, 529 to methadone (Hser 2014)");
Say();
SaveFigure(UdsHeatmapFigure.Create(words, new UdsHeatmapPlotOptions { GroupOrder = arms }), "03-uds-heatmap.png", "Weekly opioid urine screens by arm, one row per patient");
Say("Grey is a week without a sample: the buprenorphine block has a much longer grey tail.");
Say();

// Step 2. The two outcomes, under each rule, buprenorphine (treatment) vs methadone (control):
//  (a) responder = abstinent in weeks 21-24 (no positive week there and at least one negative; CTNote,
//      Ling et al. 2010): risk difference (Newcombe) and odds ratio (Woolf). Under missing stays
//      missing only patients with a sample in weeks 21-24 are analysed (available cases).
//  (b) each patient's share of opioid-negative weeks 1-24: mean difference (Student t interval),
//      in percentage points; patients without any sample drop out under missing stays missing.
var rules = Enum.GetValues<UdsMissingRule>();

// R 4.2 on the recounted tables (notebooks/r/03-uds-effects.R; Newcombe hybrid score interval built from prop.test(x, n, correct = FALSE)
// Wilson limits; fisher.test(matrix(c(a, n1 - a, c, n2 - c), 2, byrow = TRUE))$p.value):
//   86/740 vs 94/529, 183/352 vs 194/396, 571/740 vs 327/529.
var rReference = new Dictionary<UdsMissingRule, (double Rd, double Lower, double Upper, double FisherP)>
{
    [UdsMissingRule.MissingAsPositive] = (-0.06147754559852858, -0.10224639415751141, -0.02219747511126023, 0.00247011551534871),
    [UdsMissingRule.MissingAsMissing] = (0.0299873737373738, -0.0416183469279980, 0.1011476327236831, 0.4212104609925496),
    [UdsMissingRule.MissingAsNegative] = (1.53474173606499e-01, 1.02174995361754e-01, 2.04491150231772e-01, 5.03420011370356e-09),
};
var forestRows = new List<ForestRow>();
var responderRd = new Dictionary<UdsMissingRule, EffectSizeResult>();
var shareMd = new Dictionary<UdsMissingRule, EffectSizeResult>();
Say("## 2. The same outcomes under each missing-data rule (buprenorphine vs methadone)");
Say();
Say("| rule | outcome | buprenorphine | methadone | difference (95% CI) | odds ratio (95% CI) | p |");
Say("|---|---|---:|---:|---|---|---:|");
foreach (var rule in rules)
{
    var summary = UdsSummary.Compute(words, new UdsOutcomeOptions { MissingRule = rule });
    bool Analysed(int i) => rule != UdsMissingRule.MissingAsMissing || words.Words[i][^4..].Any(c => c != 'o');
    bool[] Responders(string arm) => [.. Enumerable.Range(0, words.Words.Length).Where(i => words.Groups[i] == arm && Analysed(i)).Select(i => summary.AbstinentFinal[i])];
    var table = TwoByTwoTable.FromOutcomes(Responders(Bup), Responders(Met));
    var twoByTwo = TwoByTwo.Analyze(table);
    responderRd[rule] = twoByTwo.RiskDifference;

    // Independent recount straight from the words, without UdsOutcomes.
    foreach (var (arm, count, n) in new[] { (Bup, table.A, table.N1), (Met, table.C, table.N2) })
    {
        var tails = Enumerable.Range(0, words.Words.Length).Where(i => words.Groups[i] == arm).Select(i => words.Words[i][^4..]).ToList();
        var (expected, expectedN) = rule switch
        {
            UdsMissingRule.MissingAsPositive => (tails.Count(t => t == "----"), tails.Count),
            UdsMissingRule.MissingAsNegative => (tails.Count(t => !t.Contains('+') && !t.Contains('*')), tails.Count),
            _ => (tails.Count(t => t.Contains('-') && !t.Contains('+') && !t.Contains('*')), tails.Count(t => t != "oooo")),
        };
        Check(count == expected && n == expectedN, $"{rule}, {arm}: responders {count}/{n}, recount {expected}/{expectedN}");
    }

    double[] Shares(string arm) => [.. Enumerable.Range(0, words.Words.Length).Where(i => words.Groups[i] == arm && summary.CountedWeeks[i] > 0).Select(i => 100.0 * summary.NegativeWeeks[i] / summary.CountedWeeks[i])];
    var (bupShares, metShares) = (Shares(Bup), Shares(Met));
    var md = StandardizedMeanDifference.Compute(EffectMeasure.MeanDifference, bupShares, metShares);
    shareMd[rule] = md;
    var pT = OutcomesLab.Inference.TTest.Pooled(bupShares, metShares).PValue;
    var rd = twoByTwo.RiskDifference;
    var or = twoByTwo.OddsRatio;
    var label = RuleLabel(rule);
    Say(string.Create(inv, $"| {label} | abstinent weeks 21-24 | {table.A}/{table.N1} ({100 * table.P1:0.0}%) | {table.C}/{table.N2} ({100 * table.P2:0.0}%) | {100 * rd.Estimate:0.0} ({100 * rd.Lower:0.0} to {100 * rd.Upper:0.0}) points | {or.Estimate:0.00} ({or.Lower:0.00} to {or.Upper:0.00}) | {P(twoByTwo.Fisher.PValue)} |"));
    Say(string.Create(inv, $"| {label} | % negative weeks 1-24 | {bupShares.Average():0.0}% (n {bupShares.Length}) | {metShares.Average():0.0}% (n {metShares.Length}) | {md.Estimate:0.0} ({md.Lower:0.0} to {md.Upper:0.0}) points | | {P(pT)} |"));
    forestRows.Add(new ForestRow(ForestRowKind.Header, label, double.NaN, double.NaN, double.NaN, ["", ""]));
    forestRows.Add(new ForestRow(ForestRowKind.Estimate, "Abstinent weeks 21-24 (RD)", 100 * rd.Estimate, 100 * rd.Lower, 100 * rd.Upper, [Interval(100 * rd.Estimate, 100 * rd.Lower, 100 * rd.Upper), P(twoByTwo.Fisher.PValue)], Indent: true));
    forestRows.Add(new ForestRow(ForestRowKind.Estimate, "% negative weeks 1-24 (MD)", md.Estimate, md.Lower, md.Upper, [Interval(md.Estimate, md.Lower, md.Upper), P(pT)], Indent: true));

    var (rRd, rLower, rUpper, rFisher) = rReference[rule];
    Check(Math.Abs(rd.Estimate - rRd) < 1e-12 && Math.Abs(rd.Lower - rLower) < 1e-9 && Math.Abs(rd.Upper - rUpper) < 1e-9 && Math.Abs(twoByTwo.Fisher.PValue - rFisher) < 1e-6 * rFisher, $"{rule}: risk difference or Fisher p differs from R");

    // Woolf's interval by hand from the four counts: log OR ± 1.96·sqrt(1/a + 1/b + 1/c + 1/d).
    var logOr = Math.Log((double)table.A * table.D / ((double)table.B * table.C));
    var halfWidth = 1.959963984540054 * Math.Sqrt((1.0 / table.A) + (1.0 / table.B) + (1.0 / table.C) + (1.0 / table.D));
    Check(Math.Abs(or.Estimate - Math.Exp(logOr)) < 1e-12 && Math.Abs(or.Lower - Math.Exp(logOr - halfWidth)) < 1e-12, $"{rule}: odds ratio differs from Woolf's formula");
}

Say();
Say("p: Fisher's exact test for responders, Student's t test (pooled variance, matching the interval) for the share of negative weeks.");
Say();

// Step 3. Read the table. The prose below is asserted, so it cannot silently go stale.
var positive = responderRd[UdsMissingRule.MissingAsPositive];
var available = responderRd[UdsMissingRule.MissingAsMissing];
var sharePositive = shareMd[UdsMissingRule.MissingAsPositive];
var shareAvailable = shareMd[UdsMissingRule.MissingAsMissing];
Say("## 3. What changes");
Say();
Say(string.Create(inv, $"- Missing = positive (the trial convention): buprenorphine looks worse on both outcomes; {-100 * positive.Estimate:0.0} points fewer responders and {-sharePositive.Estimate:0.0} points fewer negative weeks than methadone."));
Say(string.Create(inv, $"- Missing stays missing (available cases): the conclusion flips. Buprenorphine is now ahead, {100 * available.Estimate:0.0} points more responders (95% CI {100 * available.Lower:0.0} to {100 * available.Upper:0.0}) and {shareAvailable.Estimate:0.0} points more negative weeks ({shareAvailable.Lower:0.0} to {shareAvailable.Upper:0.0}), but both intervals include 0: no evidence of a difference among patients who gave samples."));
Say(string.Create(inv, $"- Missing = negative: buprenorphine looks clearly better ({100 * responderRd[UdsMissingRule.MissingAsNegative].Estimate:0.0} points more responders), because its patients, who left early, are credited with every week they missed."));
Check(positive.Upper < 0 && sharePositive.Upper < 0, "under missing = positive buprenorphine should be significantly worse on both outcomes");
Check(available.Estimate > 0 && available.Lower < 0 && shareAvailable.Estimate > 0 && shareAvailable.Lower < 0, "under available cases buprenorphine should be ahead with intervals including 0");
Check(responderRd[UdsMissingRule.MissingAsNegative].Lower > 0 && shareMd[UdsMissingRule.MissingAsNegative].Lower > 0, "under missing = negative buprenorphine should be significantly better");
Say();
Say("So buprenorphine's disadvantage on urine screens under the conventional rule looks like its");
Say("disadvantage in retention (notebook 02) counted a second time. No rule is \"the truth\": missing =");
Say("positive assumes everyone who left kept using, available cases assume those who left were like those");
Say("who stayed, missing = negative assumes they all stopped. Report the rule, and report at least two.");
Say();

var ends = forestRows.Where(r => r.Kind == ForestRowKind.Estimate).SelectMany(r => new[] { r.Lower, r.Upper }).ToList();
var (xMin, xMax) = (10 * Math.Floor(ends.Min() / 10), 10 * Math.Ceiling(ends.Max() / 10));
var ticks = Enumerable.Range(0, (int)((xMax - xMin) / 10) + 1).Select(k => xMin + (10 * k)).ToArray();
SaveFigure(
    ForestFigure.Create(new ForestModel([.. forestRows], false, 0, [.. ticks], xMin, xMax, "Buprenorphine − methadone (percentage points)", "Missing rule and outcome", ["Difference (95% CI)", "p"], "Favours methadone", "Favours buprenorphine", "RD: Newcombe interval; MD: Student t interval.", null)),
    "03-effects-by-rule.png",
    "Effect of buprenorphine vs methadone on opioid-negative urine screens under each missing-data rule");

var outputFile = Path.Combine(outputFolder, "03-ctn0027-missing-urine-rule.md");
File.WriteAllText(outputFile, report.ToString());
Console.WriteLine($"\nwrote {Path.GetRelativePath(repo, outputFile)}");

static string RuleLabel(UdsMissingRule rule) => rule switch
{
    UdsMissingRule.MissingAsPositive => "Missing = positive",
    UdsMissingRule.MissingAsMissing => "Missing stays missing",
    _ => "Missing = negative",
};

static string Interval(double estimate, double lower, double upper) => string.Create(CultureInfo.InvariantCulture, $"{estimate:0.0} ({lower:0.0} to {upper:0.0})");

static IEnumerable<int> Rows(CohortTable t) => Enumerable.Range(0, t.RowCount);

static string Text(CohortTable t, string column, int row) => t.Frame[column][row] switch
{
    double d => d.ToString("R", CultureInfo.InvariantCulture),
    var o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "",
};

static int Day(CohortTable t, string column, int row) => (int)(double)t.Frame[column][row]!;

static void Check(bool ok, string what)
{
    if (!ok)
    {
        throw new InvalidOperationException("Reproduction drifted: " + what);
    }
}

static string P(double p) => p < 0.0001 ? "< 0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);

// The SDK tells a file-based program where its file is; [CallerFilePath] is not used because a CI
// build (CI=true, ContinuousIntegrationBuild) maps source paths to "/_/".
static string NotebookFolder() => AppContext.GetData("EntryPointFileDirectoryPath") as string
    ?? throw new InvalidOperationException("Run this notebook as a file-based program: dotnet run --file notebooks/<name>.cs (.NET 10 SDK).");
