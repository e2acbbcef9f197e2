#:project ../src/OutcomesLab.IO/OutcomesLab.IO.csproj
#:project ../src/OutcomesLab.Plotting/OutcomesLab.Plotting.csproj
// ---------------------------------------------------------------------------------------------
// Notebook 04 — Quality of life: EQ-5D-5L scoring, responders, and the outcome-domain comparison
//
// Research question: does a treatment that keeps people in care also improve how they feel? We score
// EQ-5D-5L at entry and week 24, count who improved by a minimal important difference (MID) and who
// changed reliably (Jacobson–Truax), and put retention, quality of life and mental health of
// buprenorphine vs methadone on one forest plot, as `outcomeslab compare` does.
//
// The data are SIMULATED (data/simulated_cohort.csv, `outcomeslab simulate --seed 20261127`). It is the
// only QoL data in the repository: the public CTN-0094 trials carry no QoL instrument (the closest
// variable is is_homeless). The numbers show the method, not a clinical finding.
//
// Run from the repository root:   dotnet run --file notebooks/04-qol-responders-domains.cs
// Output: notebooks/output/04-qol-responders-domains.md, 04-eq5d-profile.png, 04-domain-forest.png.
// ---------------------------------------------------------------------------------------------
using System.Globalization;
using System.Text;
using System.Text.Json;
using OutcomesLab.EffectSizes;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

var inv = CultureInfo.InvariantCulture;
var repo = Path.GetFullPath(Path.Combine(NotebookFolder(), ".."));
var input = Path.Combine(repo, "data", "simulated_cohort.csv");
var specFile = Path.Combine(repo, "data", "compare_outcomes.json");
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

Say("# 04 — Quality of life: EQ-5D-5L scoring, responders and the outcome-domain comparison");
Say();
Say($"Data: `data/simulated_cohort.csv` (SHA-256 `{FileHash.Sha256(input)[..12]}…`): **simulated**, 600 synthetic patients in three arms.");
Say("It is the only quality-of-life data here: the public CTN-0094 trials (notebooks 02-03) have no QoL instrument, only `is_homeless`.");
Say();

// Step 1. Score EQ-5D-5L with a named value set: England (Devlin et al. 2018), the eq5d package default.
// Its published range is -0.285 (state 55555) to 1 (11111); we check both before scoring anybody.
var table = CohortCsvReader.ReadTable(input);
var n = table.RowCount;
double? Num(string column, int row) => table.Frame[column][row] is double v ? v : null;
var arm = Enumerable.Range(0, n).Select(r => (string)table.Frame["arm"][r]!).ToArray();
var valueSet = Eq5dValueSets.Get(Eq5dValueSetType.FiveLevelVt, "England");
Check(valueSet.Index(Eq5dState.Parse("11111")) == 1 && Math.Abs(valueSet.Index(Eq5dState.Parse("55555")) - -0.285) < 1e-12, "England value set no longer spans -0.285 to 1 (Devlin et al. 2018)");
string[] dimensions = ["mo", "sc", "ua", "pd", "ad"];
Eq5dState? State(int row, string suffix)
{
    var levels = dimensions.Select(d => Num(d + suffix, row)).ToArray();
    return levels.Any(l => l is null) ? null : Eq5dState.Create((int)levels[0]!, (int)levels[1]!, (int)levels[2]!, (int)levels[3]!, (int)levels[4]!);
}

var baselineStates = Enumerable.Range(0, n).Select(r => State(r, "")!.Value).ToArray();
var baseline = baselineStates.Select(s => (double?)valueSet.Index(s)).ToArray();
var week24 = Enumerable.Range(0, n).Select(r => State(r, "_w24") is { } s ? valueSet.Index(s) : (double?)null).ToArray();
var change = ChangeScores.FromBaseline(baseline, week24);

// Step 2. Responders. MID: McClure et al. 2017 for the England set (its lower end, 0.037). Reliable
// change (Jacobson & Truax 1991): RCI = change / (sqrt(2)·SD0·sqrt(1 - r)), reliable when |RCI| > 1.96.
// r = 0.80 is an ASSUMED test-retest reliability for illustration; use one measured in a comparable
// population for a real study.
var mid = MinimalImportantDifferences.Find("eq5d-5l", valueSet.Name);
var responders = ChangeScores.Responders(change, mid);
const double Reliability = 0.80;
var sd0 = StandardDeviation([.. baseline.Select(b => b!.Value)]);
var rci = Enumerable.Range(0, n).Select(i => week24[i] is { } w ? ReliableChange.Classify(baseline[i]!.Value, w, sd0, Reliability) : null).ToArray();
Say($"## 1. EQ-5D-5L index ({valueSet.Label}), change to week 24 and responders");
Say();
Say($"Value set: {valueSet.Citation}. MID {mid.Lower.ToString(inv)}: {mid.Citation}");
Say();
Say("| arm | n | index at entry | assessed at week 24 | index at week 24 | mean change | MID responders | reliably improved | reliably deteriorated |");
Say("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var g in arm.Distinct().Order(StringComparer.Ordinal))
{
    var all = Enumerable.Range(0, n).Where(i => arm[i] == g).ToList();
    var paired = all.Where(i => change[i] is not null).ToList();
    var improved = paired.Count(i => rci[i]!.Category is ReliableChangeCategory.Improved or ReliableChangeCategory.Recovered);
    var worse = paired.Count(i => rci[i]!.Category == ReliableChangeCategory.Deteriorated);
    var nResp = paired.Count(i => responders[i] == true);
    Say(string.Create(inv, $"| {g} | {all.Count} | {all.Average(i => baseline[i]!.Value):0.000} | {paired.Count} | {paired.Average(i => week24[i]!.Value):0.000} | {paired.Average(i => change[i]!.Value):+0.000;-0.000} | {nResp} ({100.0 * nResp / paired.Count:0}%) | {improved} | {worse} |"));

    // R 4.2, eq5d 0.15 (notebooks/r/04-qol.R): eq5d(scores, country = "England", version = "5L", type = "VT");
    // MID responders round(change, 10) >= 0.037 (patient 383, xr-naltrexone, changes by exactly 0.037);
    // reliable change |change / (sqrt(2) * sd(i0) * sqrt(1 - 0.8))| > 1.96.
    var (rN, rBase, rPaired, rChange, rResp, rUp, rDown) = g switch
    {
        "buprenorphine" => (194, 0.608005154639175, 76, 0.0586447368421053, 39, 3, 1),
        "methadone" => (199, 0.671793969849246, 99, 0.0391717171717172, 48, 1, 1),
        _ => (207, 0.592980676328502, 71, -0.00190140845070422, 33, 1, 3),
    };
    Check(all.Count == rN && paired.Count == rPaired && nResp == rResp && improved == rUp && worse == rDown, $"{g}: counts differ from R");
    Check(Math.Abs(all.Average(i => baseline[i]!.Value) - rBase) < 1e-12 && Math.Abs(paired.Average(i => change[i]!.Value) - rChange) < 1e-12, $"{g}: mean index or change differs from R's eq5d");
}

Check(Math.Abs(sd0 - 0.323499987016829) < 1e-12, "baseline SD of the index differs from R (0.323499987016829)");
Say();
Say(string.Create(inv, $"The MID is {mid.Lower:0.000}, but a change is reliable only beyond 1.96 × S_diff = {1.96 * rci.First(r => r is not null)!.StandardErrorOfDifference:0.000} index points"));
Say("(baseline SD 0.323, r = 0.80, assumed). About half of those assessed improve by a MID, almost nobody reliably:");
Say("a MID is a group-level yardstick, a reliable change an individual one; report which one you use.");
Say("Week-24 scores exist only for patients still in treatment then, so every column after \"n\" describes survivors.");
Say();
var profile = Eq5dProfile.Compute(baselineStates, arm);
SaveFigure(Eq5dProfileFigure.Create(profile, new Eq5dProfilePlotOptions { Preset = FigurePreset.JournalDouble }), "04-eq5d-profile.png", "EQ-5D-5L profile at entry by arm: share of each level per dimension");

// Step 3. The domain comparison of data/compare_outcomes.json, buprenorphine vs methadone, as
// `outcomeslab compare` runs it, plus the EQ-5D index change from step 1 as a second QoL outcome.
using var spec = JsonDocument.Parse(File.ReadAllText(specFile));
var outcomes = spec.RootElement.GetProperty("outcomes").EnumerateArray().Select(o => Outcome(o, table)).ToList();
outcomes.Add(new OutcomeSpecification("EQ-5D-5L index change, week 24", OutcomeDomain.QualityOfLife, OutcomeType.Continuous, OutcomeDirection.HigherIsBetter, [.. change.Select(c => c ?? double.NaN)]));
var comparison = DomainComparison.Compare(arm, "buprenorphine", "methadone", outcomes);
Say("## 2. Retention, quality of life and mental health side by side (buprenorphine vs methadone)");
Say();
Say("| outcome | domain | n (B/M) | natural effect (95% CI) | d favouring buprenorphine (95% CI) | p | p Holm |");
Say("|---|---|---|---|---|---:|---:|");
foreach (var o in comparison.Outcomes)
{
    var e = o.NaturalEffects[0];
    Say(string.Create(inv, $"| {o.Name} | {o.Domain} | {o.NTreatment}/{o.NControl} | {e.MeasureKey} {e.Estimate:0.000} ({e.Lower:0.000} to {e.Upper:0.000}) | {o.FavoursTreatment:0.00} ({o.FavoursTreatmentLower:0.00} to {o.FavoursTreatmentUpper:0.00}) | {o.PValue:0.0000} | {o.AdjustedPValue:0.0000} |"));
}

// R 4.2 (survival 3.5), buprenorphine vs methadone rows only (notebooks/r/04-qol.R):
//   survdiff(Surv(time_days, event) ~ arm): Peto HR exp((O - E) / V) = 1.53588551213019 (1.18042127268751 to 1.99839189698838)
//   t.test(eq_vas_w24 ~ arm, var.equal = TRUE): -4.19125465178097 (-9.59702070169394 to 1.21451139813201)
//   fisher.test(table(arm, pd_w24 >= 3))$p.value 0.194183832347052; ad_w24 >= 3: 0.876846751938709
//   t.test(change ~ arm, var.equal = TRUE) on the eq5d England index: 0.0194730196703881 (-0.0346404783496304 to 0.0735865176904066)
var retention = comparison.Outcomes[0].NaturalEffects[0];
var vas = comparison.Outcomes[1].NaturalEffects[0];
Check(Math.Abs(retention.Estimate - 1.53588551213019) < 1e-10 && Math.Abs(retention.Lower - 1.18042127268751) < 1e-10, "Peto hazard ratio differs from R's survdiff");
Check(Math.Abs(vas.Estimate - -4.19125465178097) < 1e-10 && Math.Abs(vas.Lower - -9.59702070169394) < 1e-10, "EQ VAS mean difference differs from R's t.test");
var indexChange = comparison.Outcomes[4].NaturalEffects[0];
Check(Math.Abs(indexChange.Estimate - 0.0194730196703881) < 1e-10 && Math.Abs(indexChange.Lower - -0.0346404783496304) < 1e-10, "EQ-5D index change mean difference differs from R");
Check(Math.Abs(comparison.Outcomes[2].PValue - 0.194183832347052) < 1e-7 && Math.Abs(comparison.Outcomes[3].PValue - 0.876846751938709) < 1e-7, "Fisher p-values differ from R");
Check(comparison.Outcomes[0].NTreatment == arm.Count(a => a == "buprenorphine") && comparison.Outcomes[1].NControl == Enumerable.Range(0, n).Count(i => arm[i] == "methadone" && Num("eq_vas_w24", i) is not null), "outcome counts differ from a LINQ recount");
Say();
Say("Only retention separates the arms: buprenorphine patients leave treatment faster (the simulation built in a");
Say("hazard ratio of 1.5). On quality of life and mental health the intervals are wide and include 0, and they");
Say("compare the patients each arm kept, not the patients each arm started with: read them with the retention row.");
Say();
SaveFigure(ForestFigure.Create(ForestFigure.FromDomainComparison(comparison)), "04-domain-forest.png", "Outcome domains, buprenorphine vs methadone, on the common d scale");
Check(comparison.Outcomes[0].FavoursTreatmentUpper < 0 && comparison.Outcomes.Skip(1).All(o => o.FavoursTreatmentLower < 0 && o.FavoursTreatmentUpper > 0), "the pattern described above (only retention significant) changed");

var outputFile = Path.Combine(outputFolder, "04-qol-responders-domains.md");
File.WriteAllText(outputFile, report.ToString());
Console.WriteLine($"\nwrote {Path.GetRelativePath(repo, outputFile)}");

// One outcome of the JSON specification (the keys this file uses; `outcomeslab compare --help` has the schema).
OutcomeSpecification Outcome(JsonElement o, CohortTable t)
{
    string Key(string k) => o.GetProperty(k).GetString()!;
    var domain = Enum.Parse<OutcomeDomain>(Key("domain").Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
    var direction = Key("direction") == "higher-is-better" ? OutcomeDirection.HigherIsBetter : OutcomeDirection.LowerIsBetter;
    double[] Values(string column) => [.. Enumerable.Range(0, t.RowCount).Select(r => Num(column, r) ?? double.NaN)];
    return Key("type") switch
    {
        "time-to-event" => new OutcomeSpecification(Key("name"), domain, OutcomeType.TimeToEvent, direction, Values(Key("time")), [.. Values(Key("event")).Select(e => e == 1)]),
        "continuous" => new OutcomeSpecification(Key("name"), domain, OutcomeType.Continuous, direction, Values(Key("column"))),
        _ => new OutcomeSpecification(Key("name"), domain, OutcomeType.Binary, direction, [.. Values(Key("column")).Select(v => double.IsNaN(v) ? v : When(v, Key("event-when")) ? 1 : 0)]),
    };
}

static bool When(double v, string condition)
{
    var parts = condition.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    var threshold = double.Parse(parts[1], CultureInfo.InvariantCulture);
    return parts[0] switch
    {
        ">=" => v >= threshold,
        ">" => v > threshold,
        "<=" => v <= threshold,
        "<" => v < threshold,
        "==" => v == threshold,
        "!=" => v != threshold,
        _ => throw new InvalidOperationException($"Unknown operator in \"{condition}\"."),
    };
}

static double StandardDeviation(double[] x)
{
    var mean = x.Average();
    return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
}

static void Check(bool ok, string what)
{
    if (!ok)
    {
        throw new InvalidOperationException("Reproduction drifted: " + what);
    }
}

// The SDK tells a file-based program where its file is; [CallerFilePath] is not used because a CI
// build (CI=true, ContinuousIntegrationBuild) maps source paths to "/_/".
static string NotebookFolder() => AppContext.GetData("EntryPointFileDirectoryPath") as string
    ?? throw new InvalidOperationException("Run this notebook as a file-based program: dotnet run --file notebooks/<name>.cs (.NET 10 SDK).");
