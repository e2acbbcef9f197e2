#:project ../src/OutcomesLab.IO/OutcomesLab.IO.csproj
#:project ../src/OutcomesLab.Plotting/OutcomesLab.Plotting.csproj
// ---------------------------------------------------------------------------------------------
// Notebook 07 — A claims-style registry analysis: entry by first fill, 180-day continuity, PDC
//
// Research question: in a pharmacy-claims extract (fill dates, days supplied, NDC-like product
// codes, other drugs mixed in), how many people who start a medication for opioid use disorder stay
// on it for 180 days (continuity of pharmacotherapy, NQF #3175), how does that differ by the
// initiating medication, and what proportion of days is covered (PDC)? Everything is read straight
// from the claims file and a drug-code map, with no preprocessing in another tool.
//
// Data: data/claims/ (simulated with `outcomeslab simulate dispensing --patients 300 --seed 2019
// --dates --start-date 2019-01-01 --codes --map-out ...`; fictional codes, no real person).
// Run from the repository root:   dotnet run --file notebooks/07-claims-registry-analysis.cs
// Output: notebooks/output/07-claims-registry-analysis.md and 07-km-by-medication.png.
// ---------------------------------------------------------------------------------------------
using System.Globalization;
using System.Text;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

var inv = CultureInfo.InvariantCulture;
var repo = Path.GetFullPath(Path.Combine(NotebookFolder(), ".."));
var claimsFile = Path.Combine(repo, "data", "claims", "dispensing.csv");
var mapFile = Path.Combine(repo, "data", "claims", "medication_map.csv");
var report = new StringBuilder();
void Say(string line = "")
{
    Console.WriteLine(line);
    report.AppendLine(line);
}

var outputFolder = Path.Combine(NotebookFolder(), "output");
Directory.CreateDirectory(outputFolder);

Say("# 07 — Claims-style registry analysis: entry by first fill, 180-day continuity, PDC");
Say();
Say($"Data: `data/claims/dispensing.csv` (SHA-256 `{FileHash.Sha256(claimsFile)[..12]}…`, simulated, fictional codes) and `medication_map.csv` (`{FileHash.Sha256(mapFile)[..12]}…`).");
Say();

// Step 1. The drug-code map: codes are read as text (leading zeros and hyphens kept) and matched
// exactly. The claims file also holds fills of another drug (a naloxone rescue kit) that the map
// leaves out: they are counted, never silently dropped.
var map = MedicationMap.Read(mapFile);
var claims = CohortCsvReader.ReadTable(claimsFile, new CsvReadOptions { TextColumns = ["ndc"] });
var codes = ColumnValues.Texts(claims, "ndc", "drug code");
var patients = ColumnValues.Texts(claims, "patient", "patient");
var fillDays = DateColumns.Days(claims, "fill_date", "fill date"); // days since 1970-01-01
var supplied = ColumnValues.Numbers(claims, "days_supplied", "days supplied");
var tally = new MedicationCodeTally(map);
var kept = Enumerable.Range(0, claims.RowCount).Where(i => tally.TryMap(codes[i], out _)).ToArray();
var unmapped = tally.Finish(claimsFile, "ndc");
Say("## 1. From drug codes to medications");
Say();
Say(string.Create(inv, $"{claims.RowCount} fills; the map lists {map.Count} codes for {string.Join(", ", map.Medications)}. {tally.Mapped} fills were mapped."));
Say();
Say($"> {unmapped?.Message ?? "every code was mapped"}");
Say();

// Independent recount of the unmapped fills from the raw lines (plain string handling, no library).
var rawLines = File.ReadAllLines(claimsFile).Skip(1).Select(l => l.Split(',')).ToList();
var mapCodes = File.ReadAllLines(mapFile).Skip(1).Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
Check(rawLines.Count(f => !mapCodes.Contains(f[2])) == claims.RowCount - kept.Length, "unmapped fills differ from a raw recount");

// Step 2. Cohort entry by first fill: each person's index date is their first fill of a mapped
// code, and the group is the medication of that fill (the initiating medication).
var medicationOf = (string code) => { map.TryGet(code, out var e); return e.Medication; };
var records = DispensingRecords.Create(
    [.. kept.Select(i => patients[i]!)],
    [.. kept.Select(i => (int)fillDays[i])],
    [.. kept.Select(i => (int)supplied[i])],
    medications: [.. kept.Select(i => medicationOf(codes[i]!))]);
var index = RetentionIndex.FromFirstRecords(records);

// Step 3. Episodes with the permissible gap of the NQF #3175 continuity measure (at least 180 days of
// continuous pharmacotherapy, a gap of more than 7 days ends it), retention at 90 and 180 days, and
// PDC over a fixed window of 330 days. Claims studies often use a 30-day gap instead: it changes the
// answer, so the gap is stated with every number. The simulated follow-up is 365 study days from each person's own
// entry, so a horizon of 330 days (every first fill is within 29 days of entry) censors whoever is
// still in treatment when their records stop, instead of calling them dropouts.
const int Gap = 7;
var options = new RetentionOptions
{
    Episodes = new EpisodeOptions { Gap = EpisodeGap.Of(Gap) },
    Horizon = 330,
    RetainedAtDays = [90, 180],
};
var result = RetentionAnalysis.Analyze(records, index, options);
Say(string.Create(inv, $"## 2. Retention, continuity and PDC by initiating medication (gap {Gap} days as NQF #3175, window 330 days)"));
Say();
Say("| initiating medication | n | retained day 90 | retained day 180 | >= 180-day continuity | mean PDC | median days in treatment |");
Say("|---|---:|---:|---:|---:|---:|---|");
foreach (var s in result.Summaries)
{
    Say(string.Create(inv, $"| {s.Group} | {s.N} | {s.RetainedAt[0].NRetained} ({100 * s.RetainedAt[0].Proportion:0.0}%) | {s.RetainedAt[1].NRetained} ({100 * s.RetainedAt[1].Proportion:0.0}%) | {s.NContinuity} ({100.0 * s.NContinuity / s.N:0.0}%) | {s.MeanProportionDaysCovered:0.000} | {(s.MedianDays is { } m ? m.ToString("0.#", inv) : "not reached")} |"));
}

Say();

// Independent recount from the raw lines with plain LINQ: first episode by the gap rule, its
// length from the first fill, and distinct covered days in the 330-day window.
var recount = rawLines.Where(f => mapCodes.Contains(f[2]))
    .Select(f => (Patient: f[0], Day: DateOnly.ParseExact(f[1], "yyyy-MM-dd", inv).DayNumber, Supply: int.Parse(f[3], inv), Medication: medicationOf(f[2])))
    .GroupBy(r => r.Patient)
    .Select(g =>
    {
        var fills = g.OrderBy(r => r.Day).ToList();
        var start = fills[0].Day;
        var end = start + fills[0].Supply - 1;
        foreach (var r in fills.Skip(1))
        {
            if (r.Day - end - 1 > Gap)
            {
                break;
            }

            end = Math.Max(end, r.Day + r.Supply - 1);
        }

        var covered = fills.SelectMany(r => Enumerable.Range(r.Day, r.Supply)).Where(d => d < start + 330).Distinct().Count();
        return (Medication: fills[0].Medication, Days: end - start + 1, Pdc: covered / 330.0);
    })
    .GroupBy(p => p.Medication)
    .ToDictionary(g => g.Key, g => g.ToList());
foreach (var s in result.Summaries)
{
    var people = recount[s.Group];
    Check(people.Count == s.N, $"{s.Group}: {people.Count} first fills recounted, {s.N} analysed");
    Check(people.Count(p => p.Days > 90) == s.RetainedAt[0].NRetained, $"{s.Group}: retained at day 90 differs from the recount");
    Check(people.Count(p => p.Days > 180) == s.RetainedAt[1].NRetained, $"{s.Group}: retained at day 180 differs from the recount");
    Check(people.Count(p => p.Days >= 180) == s.NContinuity, $"{s.Group}: 180-day continuity differs from the recount");
    Check(Math.Abs(people.Average(p => p.Pdc) - s.MeanProportionDaysCovered) < 1e-12, $"{s.Group}: mean PDC differs from the recount");
}

Say("Every count and PDC above equals a recount from the raw lines with plain LINQ (first episode by the gap rule, distinct covered days in the window).");
Say();

// Step 4. Overlapping supplies. The Pharmacy Quality Alliance PDC carries the surplus of an early
// refill forward ("shift"); "none" counts overlapping days once. This simulator never refills early,
// so the two must agree here: a check that shift changes nothing when there is nothing to shift.
var shifted = RetentionAnalysis.Analyze(records, index, options with { Episodes = options.Episodes with { Overlap = EpisodeOverlapRule.Shift } });
Check(shifted.Summaries.Zip(result.Summaries).All(p => p.First.MeanProportionDaysCovered == p.Second.MeanProportionDaysCovered && p.First.NContinuity == p.Second.NContinuity), "shift changed a result although no supply overlaps");
Say("With `--overlap shift` (PQA convention) the results are identical: the simulated fills never overlap. On real claims with early refills, shift gives longer episodes and a higher PDC; report which rule was used.");
Say();

var km = result.KaplanMeier;
File.WriteAllBytes(Path.Combine(outputFolder, "07-km-by-medication.png"), KaplanMeierFigure.Create(km, new KaplanMeierPlotOptions
{
    XMax = 330,
    XTickStep = 30,
    XLabel = "Days since first fill",
}).ToPng());
Say("![Time in treatment by initiating medication, from first fill](07-km-by-medication.png)");
Say();
Say("The same analysis from the command line: `outcomeslab retention --dispensing data/claims/dispensing.csv --id patient --day fill_date --days-supplied days_supplied --medication ndc --medication-map data/claims/medication_map.csv --gap 7 --retained-at 90,180 --horizon 330` (no `--index`: entry by first fill).");
File.WriteAllText(Path.Combine(outputFolder, "07-claims-registry-analysis.md"), report.ToString());

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
