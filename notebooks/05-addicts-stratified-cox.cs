#:project ../src/OutcomesLab.IO/OutcomesLab.IO.csproj
#:project ../src/OutcomesLab.Plotting/OutcomesLab.Plotting.csproj
// ---------------------------------------------------------------------------------------------
// Notebook 05 — Why clinic must be a stratum: the stratified Cox model of the `addicts` cohort
//
// Research question: in the two Sydney methadone clinics of Caplehorn & Bell (1991), do a prison
// record and the methadone dose predict leaving treatment, once we allow for the clinics? This is
// the classic example of Kleinbaum & Klein, "Survival Analysis: A Self-Learning Text", ch. 5: the
// clinic effect violates proportional hazards, so clinic becomes a stratum (its own baseline
// hazard) and is no longer estimated. The published stratified hazard ratios are prison 1.476 and
// dose 0.965 per mg.
//
// Run from the repository root:   dotnet run --file notebooks/05-addicts-stratified-cox.cs
// Output: notebooks/output/05-addicts-stratified-cox.md, 05-km-by-clinic.png, 05-forest.png (git-ignored).
// ---------------------------------------------------------------------------------------------
using System.Globalization;
using System.Text;
using OutcomesLab.Design;
using OutcomesLab.IO;
using OutcomesLab.Plotting;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;

var inv = CultureInfo.InvariantCulture;
var repo = Path.GetFullPath(Path.Combine(NotebookFolder(), ".."));
var input = Path.Combine(repo, "data", "addicts", "addicts.csv");
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

Say("# 05 — Why clinic must be a stratum: the stratified Cox model of the addicts cohort");
Say();
Say($"Data: `data/addicts/addicts.csv` (SHA-256 `{FileHash.Sha256(input)[..12]}…`), 238 patients of two Sydney methadone clinics (Caplehorn & Bell 1991).");
Say();

// Step 1. Load the columns. The counts are checked against data/README.md and recounted with LINQ,
// so a changed file stops the notebook before any model is fitted.
var table = CohortCsvReader.ReadTable(input);
double[] Column(string name) => [.. Enumerable.Range(0, table.RowCount).Select(r => (double)table.Frame[name][r]!)];
var days = Column("days");
var departed = Column("departed").Select(v => v == 1).ToArray();
var clinic = Column("clinic").Select(v => v.ToString(inv)).ToArray();
var prison = Column("prison");
var dose = Column("mdose");
Check(days.Length == 238 && departed.Count(e => e) == 150 && days.Sum() == 95812, "addicts.csv should have 238 patients, 150 departures and 95,812 days in treatment (data/README.md)");
Say("| clinic | patients | left treatment | with a prison record | mean dose (mg) |");
Say("|---|---:|---:|---:|---:|");
foreach (var g in Enumerable.Range(0, days.Length).GroupBy(i => clinic[i]).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Say(string.Create(inv, $"| {g.Key} | {g.Count()} | {g.Count(i => departed[i])} | {g.Count(i => prison[i] == 1)} | {g.Average(i => dose[i]):0.0} |"));
}

Check(clinic.Count(c => c == "1") == 163 && Enumerable.Range(0, 238).Count(i => clinic[i] == "2" && departed[i]) == 28, "clinic sizes drifted from R's table(clinic, departed): 163 in clinic 1, 28 departures in clinic 2");
Say();

// Step 2. Retention by clinic. The curves separate more and more with time: after a year clinic 2
// loses few patients while clinic 1 keeps losing them — a hazard ratio that changes over time.
var byClinic = SurvivalSample.Create(days, departed, groups: clinic);
var km = KaplanMeier.Fit(byClinic);
var logRank = LogRankTest.Compute(byClinic);
Say("## 1. Retention by clinic");
Say();
Say(string.Create(inv, $"Log-rank chi-square {logRank.ChiSquare:0.00} on {logRank.DegreesOfFreedom} df (R `survdiff`: 27.89)."));
Check(Close(logRank.ChiSquare, 27.8926790646827), "log-rank chi-square drifted from R (27.8926790646827)");
Say();
SaveFigure(
    KaplanMeierFigure.Create(km, new KaplanMeierPlotOptions { XTickStep = 180, XLabel = "Days in treatment", PValue = logRank.PValue, GroupLabels = ["Clinic 1", "Clinic 2"] }),
    "05-km-by-clinic.png",
    "Kaplan–Meier retention by clinic with the number at risk");

// Step 3. The naive model: clinic as a covariate next to prison and dose (coded 1/2 as in the file,
// so its coefficient is clinic 2 vs 1). cox.zph (Grambsch & Therneau 1994, km transform as R's
// default) tests whether each scaled Schoenfeld residual trends with time.
var all = SurvivalSample.Create(days, departed);
var naive = CoxRegression.Fit(all, new DesignMatrixBuilder().AddNumeric("clinic", Column("clinic")).AddNumeric("prison", prison).AddNumeric("mdose", dose).Build());
var naiveZph = CoxProportionalHazardsTest.Test(naive);
Say("## 2. Clinic as a covariate, and the proportional-hazards test");
Say();
Say("| term | HR (95% CI) | zph chi-square | zph p |");
Say("|---|---|---:|---:|");
foreach (var (c, z) in naive.Coefficients.Zip(naiveZph.Terms))
{
    Say(string.Create(inv, $"| {c.Term} | {c.HazardRatio:0.000} ({c.HrLower:0.000} to {c.HrUpper:0.000}) | {z.ChiSquare:0.000} | {z.P:0.0000} |"));
}

Say(string.Create(inv, $"| GLOBAL | | {naiveZph.Global.ChiSquare:0.000} | {naiveZph.Global.P:0.0000} |"));
Say();

// R survival 3.5 (notebooks/r/05-addicts.R): f0 <- coxph(Surv(days, departed) ~ clinic + prison + mdose, data = d)  (Efron ties)
//   coef(f0): clinic -1.0098958735564685, prison 0.3265549671040160, mdose -0.0353692343311477
//   cox.zph(f0)$table: clinic chisq 11.159181529435482 p 0.000836168050108732; GLOBAL 12.287046573556150 p 0.006461839458567135
Check(Close(naive.Coefficients[0].Coef, -1.0098958735564685) && Close(naive.Coefficients[1].Coef, 0.3265549671040160) && Close(naive.Coefficients[2].Coef, -0.0353692343311477), "unstratified Cox coefficients drifted from R");
Check(Close(naiveZph.Terms[0].ChiSquare, 11.159181529435482) && Close(naiveZph.Global.ChiSquare, 12.287046573556150), "cox.zph of the unstratified model drifted from R");
Say(string.Create(inv, $"The test rejects proportional hazards for clinic (p = {naiveZph.Terms[0].P:0.0000}) but not for prison or dose."));
Say("A single clinic hazard ratio would average an effect that grows with time. Split follow-up at one");
Say("year (Kleinbaum & Klein ch. 6, a Heaviside function) and fit clinic 2 vs 1 separately before and after:");
Say();

// Step 4. The time-split (extended) model: each patient contributes (0, min(days, 365)] and, if still
// in treatment, (365, days]; clinic 2 enters as two covariates, one per period (delayed entry).
var rows = new List<(int Patient, double Start, double Stop, bool Event, bool Late)>();
for (var i = 0; i < days.Length; i++)
{
    rows.Add((i, 0, Math.Min(days[i], 365), departed[i] && days[i] <= 365, false));
    if (days[i] > 365)
    {
        rows.Add((i, 365, days[i], departed[i], true));
    }
}

var split = SurvivalSample.Create([.. rows.Select(r => r.Stop)], [.. rows.Select(r => r.Event)], entryTimes: [.. rows.Select(r => r.Start)]);
var extended = CoxRegression.Fit(split, new DesignMatrixBuilder()
    .AddNumeric("prison", [.. rows.Select(r => prison[r.Patient])])
    .AddNumeric("mdose", [.. rows.Select(r => dose[r.Patient])])
    .AddNumeric("clinic 2, first year", [.. rows.Select(r => clinic[r.Patient] == "2" && !r.Late ? 1.0 : 0.0)])
    .AddNumeric("clinic 2, after a year", [.. rows.Select(r => clinic[r.Patient] == "2" && r.Late ? 1.0 : 0.0)])
    .Build());
var early = extended.Coefficients[2];
var late = extended.Coefficients[3];
Say(string.Create(inv, $"- first year: HR {early.HazardRatio:0.00} (95% CI {early.HrLower:0.00} to {early.HrUpper:0.00}); after a year: HR {late.HazardRatio:0.00} ({late.HrLower:0.00} to {late.HrUpper:0.00}), on {rows.Count} rows."));

// R: s <- survSplit(Surv(days, departed) ~ ., data = d, cut = 365, episode = "period"); 360 rows
//    coxph(Surv(tstart, days, departed) ~ prison + mdose + early + late, data = s)
//    exp(coef): early 0.631679461186002, late 0.160330576872572
Check(rows.Count == 360 && Close(early.HazardRatio, 0.631679461186002) && Close(late.HazardRatio, 0.160330576872572), "time-split clinic hazard ratios drifted from R (0.632, 0.160 on 360 rows)");
Say();
Say("In the first year clinic 2's advantage is modest and its interval includes 1; after a year its patients");
Say("leave at a sixth of clinic 1's rate. Rather than model that shape, the stratified Cox model gives each");
Say("clinic its own baseline hazard and estimates prison and dose within clinics.");
Say();

// Step 5. The stratified model of Kleinbaum & Klein ch. 5: prison + dose, strata(clinic).
var stratified = SurvivalSample.Create(days, departed, strata: clinic);
var cox = CoxRegression.Fit(stratified, new DesignMatrixBuilder().AddNumeric("prison", prison).AddNumeric("mdose", dose).Build());
var zph = CoxProportionalHazardsTest.Test(cox);
Say("## 3. The stratified Cox model (strata: clinic)");
Say();
Say("| term | coef | SE | HR (95% CI) | p | published HR | zph p |");
Say("|---|---:|---:|---|---:|---:|---:|");
var publishedHr = new[] { 1.476, 0.965 };
for (var k = 0; k < 2; k++)
{
    var c = cox.Coefficients[k];
    Say(string.Create(inv, $"| {c.Term} | {c.Coef:0.0000} | {c.Se:0.0000} | {c.HazardRatio:0.000} ({c.HrLower:0.000} to {c.HrUpper:0.000}) | {P(c.P)} | {publishedHr[k]:0.000} | {zph.Terms[k].P:0.000} |"));
    Check(Math.Abs(c.HazardRatio - publishedHr[k]) < 0.0005, $"{c.Term} HR {c.HazardRatio:0.0000} no longer rounds to Kleinbaum & Klein's {publishedHr[k]}");
}

// R survival 3.5: f1 <- coxph(Surv(days, departed) ~ prison + mdose + strata(clinic), data = d)  (Efron ties)
//   coef: prison 0.389604594306734, mdose -0.035114676469583; se: 0.16892975214931238, 0.00646491557466207
//   exp(confint(f1)): prison 1.060253853808200 to 2.055873512281742
//   cox.zph(f1)$table: prison p 0.870899108437470, mdose p 0.304307474735437, GLOBAL chisq 1.1301562702740595
Check(Close(cox.Coefficients[0].Coef, 0.389604594306734) && Close(cox.Coefficients[1].Coef, -0.035114676469583), "stratified Cox coefficients drifted from R");
Check(Close(cox.Coefficients[0].Se, 0.16892975214931238) && Close(cox.Coefficients[1].Se, 0.00646491557466207) && Close(cox.Coefficients[0].HrLower, 1.060253853808200), "stratified Cox standard errors drifted from R");
Check(Close(zph.Global.ChiSquare, 1.1301562702740595) && Close(zph.Terms[0].P, 0.870899108437470), "cox.zph of the stratified model drifted from R");
Say();
Say(string.Create(inv, $"n = {cox.N}, {cox.Events} departures; likelihood-ratio test {cox.LikelihoodRatio.ChiSquare:0.00} on {cox.LikelihoodRatio.Df} df; proportional-hazards global test p = {zph.Global.P:0.00}."));
Say();
Say("Within clinics, a prison record raises the rate of leaving treatment by about half, and every extra mg");
Say(string.Create(inv, $"of methadone lowers it by {100 * (1 - cox.Coefficients[1].HazardRatio):0.0}% (20 mg more: HR {Math.Pow(cox.Coefficients[1].HazardRatio, 20):0.00}), Caplehorn & Bell's case for higher doses."));
Say("Neither covariate violates proportional hazards once clinic is a stratum.");
Say();
// For the figure, dose in units of 10 mg: a per-mg HR of 0.965 is invisible on a forest plot. Scaling a
// covariate scales its coefficient exactly and leaves the other terms alone, which we check.
var per10 = CoxRegression.Fit(stratified, new DesignMatrixBuilder().AddNumeric("prison", prison).AddNumeric("mdose10", [.. dose.Select(v => v / 10)]).Build());
Check(Close(per10.Coefficients[1].Coef, 10 * cox.Coefficients[1].Coef) && Close(per10.Coefficients[0].Coef, cox.Coefficients[0].Coef), "rescaling dose changed the fit");
SaveFigure(
    ForestFigure.Create(ForestFigure.FromCox(per10, new ForestPlotOptions { Labels = new Dictionary<string, string> { ["prison"] = "Prison record", ["mdose10"] = "Methadone dose (per 10 mg)" }, Title = "Stratified by clinic" })),
    "05-forest.png",
    "Hazard ratios of leaving treatment, stratified Cox model");

foreach (var d in naive.Diagnostics.Concat(extended.Diagnostics).Concat(cox.Diagnostics))
{
    Say($"- note: {d.Message}");
}

var outputFile = Path.Combine(outputFolder, "05-addicts-stratified-cox.md");
File.WriteAllText(outputFile, report.ToString());
Console.WriteLine($"\nwrote {Path.GetRelativePath(repo, outputFile)}");

// Agreement with R to 1e-6 (relative, absolute below 1): Cox fits are iterative (R stops at a relative change of 1e-9 in
// the log-likelihood), so this is a drift alarm, not a precision claim.
static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= 1e-6 * Math.Max(1, Math.Abs(expected));

static string P(double p) => p < 0.0001 ? "< 0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);

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
