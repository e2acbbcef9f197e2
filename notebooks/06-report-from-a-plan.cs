#:project ../src/OutcomesLab.Reporting/OutcomesLab.Reporting.csproj
// ---------------------------------------------------------------------------------------------
// Notebook 06 — A whole report from an analysis plan, in a few lines of C#
//
// Question: can a researcher run the same analysis plan as `outcomeslab report` from their own
// program, inspect the tables before writing anything, and write the report folder? The bundled
// example plan (src/OutcomesLab.Cli/Examples/report-plan.json) runs 14 analyses on the bundled
// CTN-0027, addicts and simulated data: Table 1, Kaplan-Meier, Cox, cumulative incidence, retention
// from dosing records, urine screens, EQ-5D, effect sizes and an outcome-domain comparison.
//
// Run from the repository root:   dotnet run --file notebooks/06-report-from-a-plan.cs
// Output: notebooks/output/06-report/ (report.html, report.md, tables/, figures/, provenance.json; git-ignored).
// ---------------------------------------------------------------------------------------------
using System.Globalization;
using OutcomesLab.Reporting;
using OutcomesLab.Reporting.Plans;

var repo = Path.GetFullPath(Path.Combine(NotebookFolder(), ".."));

// The plan names its data as data/...; they resolve against the repository root.
var plan = AnalysisPlan.Load(Path.Combine(repo, "src", "OutcomesLab.Cli", "Examples", "report-plan.json"), dataFolder: repo);
// Warnings (data notes, statistical caveats) arrive through the callback and are kept in result.Warnings.
var result = Report.Run(plan, new ReportOptions { Progress = (i, id) => Console.WriteLine($"analysis {i + 1}/{plan.AnalysisIds.Length}: {id}") });
Console.WriteLine($"{plan.Title}: {result.Sections.Length} sections, {result.Warnings.Length} warnings, in {result.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
foreach (var section in result.Sections)
{
    Console.WriteLine($"  {section.Id,-18} {section.Tables.Length} tables, {section.Figures.Length} figures: {section.Title}");
}

// Read a number straight from a section's table, before anything is written.
string Cell(string table, string firstColumn, int column) =>
    result.Sections.SelectMany(s => s.Tables).Single(t => t.Name == table).Table.Rows.Single(r => r[0] == firstColumn)[column];

var survival365 = Cell("km-addicts-summary", "1", 6);
var prisonHr = Cell("cox-addicts-coefficients", "Prison record", 1);
Console.WriteLine($"addicts, clinic 1: S(365) {survival365}; stratified Cox HR for a prison record {prisonHr}");

// Independent anchors: R survfit(Surv(days, departed) ~ clinic, conf.type = "log") gives
// S(365) = 0.554219 [0.479582, 0.640472] for clinic 1 (tests/OutcomesLab.Reporting.Tests/Fixtures);
// Kleinbaum & Klein (Survival Analysis, 3rd ed., ch. 5) publish the stratified HR 1.476 for prison.
Check(survival365 == "0.554 [0.480, 0.640]", $"S(365) clinic 1 should be R's 0.554 [0.480, 0.640], found {survival365}");
Check(prisonHr == "1.476", $"the prison hazard ratio should be Kleinbaum & Klein's 1.476, found {prisonHr}");

Directory.CreateDirectory(Path.Combine(NotebookFolder(), "output"));
var folder = Path.Combine(NotebookFolder(), "output", "06-report");
var written = result.WriteTo(folder, replace: true);
Console.WriteLine($"wrote {Path.GetRelativePath(repo, folder)}: {written.Length} files (report.html, report.md, tables/, figures/, provenance.json)");

static void Check(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException("Reproduction drifted: " + what);
    }
}

// The SDK tells a file-based program where its file is; [CallerFilePath] is not used because a CI
// build (CI=true, ContinuousIntegrationBuild) maps source paths to "/_/".
static string NotebookFolder() => AppContext.GetData("EntryPointFileDirectoryPath") as string
    ?? throw new InvalidOperationException("Run this notebook as a file-based program: dotnet run --file notebooks/06-report-from-a-plan.cs (.NET 10 SDK).");
