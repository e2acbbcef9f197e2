#:project ../src/OutcomesLab.IO/OutcomesLab.IO.csproj
// ---------------------------------------------------------------------------------------------
// Notebook 01 — A first look at retention in methadone maintenance (the `addicts` cohort)
//
// Research question: how long do patients stay in methadone maintenance, and do the two Sydney
// clinics of Caplehorn & Bell (1991) differ? This is the classic example for a stratified Cox
// model (Kleinbaum & Klein, ch. 5); here we take the first steps every retention analysis takes:
// load the cohort, check it, estimate retention curves, and compare the clinics.
//
// Run from the repository root:   dotnet run --file notebooks/01-first-look.cs
// Output: notebooks/output/01-first-look.md (a Markdown summary; the folder is git-ignored).
// ---------------------------------------------------------------------------------------------
using System.Globalization;
using System.Text;
using OutcomesLab.IO;
using OutcomesLab.Survival;

var inv = CultureInfo.InvariantCulture;
var repo = Path.GetFullPath(Path.Combine(NotebookFolder(), ".."));
var input = Path.Combine(repo, "data", "addicts", "addicts.csv");
var report = new StringBuilder();
void Say(string line = "")
{
    Console.WriteLine(line);
    report.AppendLine(line);
}

Say("# 01 — A first look at retention in methadone maintenance");
Say();
Say($"Data: `data/addicts/addicts.csv` (SHA-256 `{FileHash.Sha256(input)}`), 238 patients of two Sydney methadone clinics (Caplehorn & Bell 1991).");
Say();

// Step 1. Load the file and look at it. `describe` is the same summary the CLI prints.
var table = CohortCsvReader.ReadTable(input);
var description = TableDescriber.Describe(table);
Say($"## 1. The file: {description.Rows} rows, {description.Columns} columns");
Say();
Say("| column | type | missing | min | max | mean |");
Say("|---|---|---:|---:|---:|---:|");
foreach (var c in description.ColumnDetails)
{
    Say(string.Create(inv, $"| {c.Name} | {c.Kind} | {c.Missing} | {c.Min} | {c.Max} | {c.Mean:0.##} |"));
}

Say();

// Step 2. Map the roles: time in treatment (days), the event (departed = 1 means the patient left
// treatment), and the comparison (clinic). Rows with a missing role value would be dropped and reported.
var cohort = CohortData.FromTable(table, new ColumnRoles { Time = "days", Event = "departed", Group = "clinic" });
var sample = cohort.ToSurvivalSample();
Say($"## 2. Retention by clinic (Kaplan–Meier, log-transformed 95% CIs as R's survfit)");
Say();
var km = KaplanMeier.Fit(sample, new KaplanMeierOptions { LandmarkTimes = [180, 365, 730], RmstTau = 730 });
Say("| clinic | n | left treatment | median days (95% CI) | retained at 1 year (95% CI) | RMST to 2 years |");
Say("|---|---:|---:|---|---|---:|");
foreach (var curve in km.Curves)
{
    var year = curve.Landmarks.Single(l => l.Time == 365);
    var median = curve.Median.Time is null ? "not reached" : string.Create(inv, $"{curve.Median.Time} ({curve.Median.Lower} to {(curve.Median.Upper is null ? "NA" : curve.Median.Upper)})");
    Say(string.Create(inv, $"| {curve.Group} | {curve.N} | {curve.Events} | {median} | {year.Surv:0.000} ({year.Lower:0.000} to {year.Upper:0.000}) | {curve.Rmst.Estimate:0.0} days |"));
}

Say();

// Step 3. Compare the clinics: log-rank test and the RMST difference up to two years, which needs
// no proportional-hazards assumption and reads in days of treatment gained.
var logRank = LogRankTest.Compute(sample);
var rmst = km.CompareRmst("2", "1");
Say("## 3. Do the clinics differ?");
Say();
Say(string.Create(inv, $"- Log-rank test: chi-square {logRank.ChiSquare:0.00} on {logRank.DegreesOfFreedom} df, p {P(logRank.PValue)}."));
Say(string.Create(inv, $"- Restricted mean time in treatment over the first two years: clinic 2 minus clinic 1 = {rmst.Difference:0.0} days (95% CI {rmst.DifferenceLower:0.0} to {rmst.DifferenceUpper:0.0}), p {P(rmst.DifferenceP)}."));
Say();
Say("Clinic 2 kept its patients markedly longer, and its curve separates from clinic 1's more and more");
Say("with time: the hazard ratio between clinics is not constant. That is why Kleinbaum & Klein use this");
Say("cohort to teach the stratified Cox model (clinic as strata, dose and prison record as covariates).");
foreach (var d in km.Diagnostics.Concat(logRank.Diagnostics))
{
    Say($"- note: {d.Message}");
}

// Sanity checks that make the notebook fail loudly if the data or the library change under it.
if (description.Rows != 238 || cohort.Event.Count(e => e) != 150)
{
    throw new InvalidOperationException("addicts.csv should have 238 patients and 150 departures (data/README.md).");
}

var outputFolder = Path.Combine(NotebookFolder(), "output");
Directory.CreateDirectory(outputFolder);
var outputFile = Path.Combine(outputFolder, "01-first-look.md");
File.WriteAllText(outputFile, report.ToString());
Console.WriteLine($"\nwrote {Path.GetRelativePath(repo, outputFile)}");

static string P(double p) => p < 0.0001 ? "< 0.0001" : string.Create(CultureInfo.InvariantCulture, $"= {p:0.0000}");

// The SDK tells a file-based program where its file is; [CallerFilePath] is not used because a CI
// build (CI=true, ContinuousIntegrationBuild) maps source paths to "/_/".
static string NotebookFolder() => AppContext.GetData("EntryPointFileDirectoryPath") as string
    ?? throw new InvalidOperationException("Run this notebook as a file-based program: dotnet run --file notebooks/<name>.cs (.NET 10 SDK).");
