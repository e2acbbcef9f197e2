using System.Globalization;
using System.Text;
using System.Text.Json;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// The retention, uds, qol, effect and compare analyses of an analysis plan, run through the plan
/// reader and <see cref="ReportContext"/>. Oracles: Hser et al., Addiction 2014 (CTN-0027 24-week
/// retention 74% vs 46%; 386/520 and 339/727 as recomputed in Python, RetentionCommandTests) and
/// plain LINQ on the raw CSVs; the Python UDS counts of RetentionCommandTests; the eq5d R package
/// (Fixtures/eq5d); R effectsize and metafor (Fixtures/reference/effects). Never our own output.
/// </summary>
public sealed class ReportSectionTests
{
    private static string Data(params string[] parts) => JsonSerializer.Serialize(RepositoryPaths.Combine(["data", .. parts]));

    private static string Ctn27Datasets => $$"""
        "datasets": {
          "rand": { "file": {{Data("ctn0027", "randomization.csv")}} },
          "dosing": { "file": {{Data("ctn0027", "treatment.csv")}} },
          "uds": { "file": {{Data("ctn0027", "uds.csv")}} },
          "visits": { "file": {{Data("ctn0027", "visit.csv")}} }
        }
        """;

    private const string RetentionAnalysis = """
        { "id": "retention", "type": "retention", "dosing": "dosing", "patient": "who", "day": "when", "dose": "amount",
          "gap": "none", "gap_sweep": [7, 14, 30, "none"], "index": "rand", "index_day": "when", "index_filter": "which=1",
          "group": "treatment", "retained_at": [90, 161], "horizon": 168 }
        """;

    private const string UdsAnalysis = """
        { "id": "opioid-uds", "type": "uds", "uds": "uds", "visits": "visits", "visit_filter": "what=visit", "patient": "who", "day": "when",
          "substances": ["Opioid"], "index": "rand", "index_day": "when", "index_filter": "which=1", "group": "treatment",
          "first_week": 1, "last_week": 24, "missing": "positive" }
        """;

    [Fact]
    public void Cox_section_tabulates_and_draws_predicted_survival_for_profiles_as_R_survfit_newdata()
    {
        // R (r/make_cox_cli.R, retention_cox_predict.json): survfit(coxph(Surv(time_days, event) ~ arm + age + dose_mg), newdata).
        var r = ReferenceFixture.Survival("retention_cox_predict")["predictions"]!;
        var file = JsonSerializer.Serialize(ReferenceFixture.DataPath("retention_synthetic.csv"));
        using var run = PlanRun.Start($$"""
            { "datasets": { "r": { "file": {{file}} } },
              "analyses": [ { "id": "cox", "type": "cox", "dataset": "r", "time": "time_days", "event": "event", "covariates": ["arm", "age", "dose_mg"],
                              "ph_test": "none", "predict": ["arm=methadone,age=40,dose_mg=60", "arm=xr_naltrexone,age=50,dose_mg=80"], "predict_times": [90, 180] } ] }
            """);
        var section = run.Section("cox");
        var table = section.Tables.Single(t => t.Name == "cox-predicted").Table;
        Assert.Equal(4, table.Rows.Count);
        for (var p = 0; p < 2; p++)
        {
            var times = ReferenceFixture.Numbers(r[p]!["time"]);
            for (var k = 0; k < 2; k++)
            {
                var t = k == 0 ? 90 : 180;
                var i = Array.FindLastIndex(times, x => x <= t);
                var row = table.Rows[(p * 2) + k];
                Assert.Equal(t.ToString(CultureInfo.InvariantCulture), row[1]);
                Assert.Equal(ReferenceFixture.Numbers(r[p]!["surv"])[i]!.Value.ToString("0.000", CultureInfo.InvariantCulture), row[2]);
                Assert.Equal($"{ReferenceFixture.Numbers(r[p]!["lower"])[i]!.Value.ToString("0.000", CultureInfo.InvariantCulture)} to {ReferenceFixture.Numbers(r[p]!["upper"])[i]!.Value.ToString("0.000", CultureInfo.InvariantCulture)}", row[3]);
                Assert.Equal(ReferenceFixture.Numbers(r[p]!["n_risk"])[Array.FindIndex(times, x => x >= t)]!.Value.ToString(CultureInfo.InvariantCulture), row[4]);
            }
        }

        Assert.Contains(section.Figures, f => f.Name == "cox-predicted");
        Assert.Contains(section.Methods, m => m.Contains("survfit(fit, newdata)", StringComparison.Ordinal));
    }

    [Fact]
    public void Cox_plan_profile_errors_name_the_plan_location()
    {
        var file = JsonSerializer.Serialize(ReferenceFixture.DataPath("retention_synthetic.csv"));
        using var run = PlanRun.Start($$"""
            { "datasets": { "r": { "file": {{file}} } },
              "analyses": [ { "id": "cox", "type": "cox", "dataset": "r", "time": "time_days", "event": "event", "covariates": ["arm", "age"],
                              "predict": ["arm=methadone,age=40", "arm=nope,age=40"] } ] }
            """);
        var ex = Assert.Throws<PlanException>(() => run.Section("cox"));
        Assert.Contains("predict[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"nope\" is not a level of arm", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cox_section_shows_an_aliased_term_as_NA_with_the_tests_on_the_estimated_df()
    {
        // R (r/make_cox_cli.R, lung_cox_aliased.json): coxph(Surv(time, status) ~ age + wt_loss + x3) with x3 = age + 2 wt_loss gives x3 NA, LR 5.2707 on 2 df.
        var r = ReferenceFixture.Survival("lung_cox_aliased");
        var file = JsonSerializer.Serialize(ReferenceFixture.DataPath("lung_aliased.csv"));
        using var run = PlanRun.Start($$"""
            { "datasets": { "lung": { "file": {{file}} } },
              "analyses": [ { "id": "cox", "type": "cox", "dataset": "lung", "time": "time", "event": "status", "event_value": 2,
                              "covariates": ["age", "wt_loss", "x3"], "labels": { "x3": "Age + 2 x weight loss" } } ] }
            """);
        var section = run.Section("cox");
        var coefficients = section.Tables[0].Table.Rows.ToDictionary(row => row[0]);
        Assert.Equal(["Age + 2 x weight loss", "aliased (NA)", "NA", "NA", "NA", "NA"], coefficients["Age + 2 x weight loss"]);
        NumericAssert.Close(ReferenceFixture.Numbers(r["hr"])[0], Cell(coefficients["age"][1]), rel: 1e-3, what: "HR age (4 significant digits)");
        var lr = section.Tables[1].Table.Rows.Single(row => row[0] == "likelihood ratio");
        Assert.Equal("2", lr[2]);
        NumericAssert.Close(ReferenceFixture.Number(r["lr"]), Cell(lr[1]), rel: 1e-4, what: "LR (5 significant digits)");
        Assert.Contains("Age + 2 x weight loss aliased (NA", string.Join(" ", section.Narrative), StringComparison.Ordinal);
        Assert.Contains(section.Warnings, w => w.Contains("Aliased covariate(s) x3", StringComparison.Ordinal));
        Assert.Equal(["age", "wt_loss"], section.Tables.Single(t => t.Name == "cox-ph-test").Table.Rows.Select(row => row[0]).SkipLast(1));
    }

    [Fact]
    public void RetentionSectionReproducesHser2014AndPublishesTheSubjects()
    {
        using var run = PlanRun.Start($$"""{ {{Ctn27Datasets}}, "analyses": [ {{RetentionAnalysis}} ] }""");
        var section = run.Section("retention");
        var table = section.Tables[0].Table;
        var rows = table.Rows.ToDictionary(r => r[0]);
        var day161 = table.Headers.ToList().IndexOf("retained day 161");

        // Published counts (brief; Python crosscheck): 386 of 520 methadone and 339 of 727 buprenorphine.
        Assert.Equal("520", rows["Methadone"][1]);
        Assert.Equal("386 (74.2%)", rows["Methadone"][day161]);
        Assert.Equal("727", rows["Outpatient BUP"][1]);
        Assert.Equal("339 (46.6%)", rows["Outpatient BUP"][day161]);
        NumericAssert.Close(0.74, 386.0 / 520, rel: 0, abs: 0.02, what: "Hser 2014 methadone");
        NumericAssert.Close(0.46, 339.0 / 727, rel: 0, abs: 0.02, what: "Hser 2014 buprenorphine");

        // Plain LINQ on the raw files: patients of the first randomisation with a dose on or after their index day.
        var index = ReadCsv("ctn0027", "randomization.csv").Where(r => r["which"] == "1").ToDictionary(r => r["who"], r => (Day: int.Parse(r["when"], CultureInfo.InvariantCulture), Arm: r["treatment"]));
        var started = ReadCsv("ctn0027", "treatment.csv")
            .Where(r => index.TryGetValue(r["who"], out var x) && int.Parse(r["when"], CultureInfo.InvariantCulture) >= x.Day)
            .Select(r => r["who"]).Distinct().GroupBy(w => index[w].Arm).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(started["Methadone"].ToString(CultureInfo.InvariantCulture), rows["Methadone"][1]);
        Assert.Equal(started["Outpatient BUP"].ToString(CultureInfo.InvariantCulture), rows["Outpatient BUP"][1]);

        Assert.Equal(2, section.Tables.Length);
        Assert.Equal(4, section.Tables[1].Table.Rows.Count / 2);
        Assert.Single(section.Figures);
        var methods = string.Join(" ", section.Methods);
        Assert.Contains("from the first to the last dose", methods, StringComparison.Ordinal);
        Assert.Contains("capped at a horizon of 168 days", methods, StringComparison.Ordinal);
        Assert.Contains("column \"when\" of randomization.csv, rows with which=1", methods, StringComparison.Ordinal);
        Assert.Contains("[hser2014]", methods, StringComparison.Ordinal);
        Assert.Contains(section.Citations, c => c.Key == "hser2014");

        // The derived per-subject table: retained at day D <=> time > D (RetentionResult docs), so it must give the same counts.
        var derived = run.Context.Table(new PlanDatasetRef("retention", new PlanLocation("plan.json", 0, 0, "")));
        Assert.Equal(["id", "arm", "time", "event"], derived.Columns.Select(c => c.Name));
        var arm = IO.ColumnValues.Texts(derived, "arm", "arm");
        var time = IO.ColumnValues.Numbers(derived, "time", "time");
        Assert.Equal(520 + 727, derived.RowCount);
        Assert.Equal(386, Enumerable.Range(0, derived.RowCount).Count(i => arm[i] == "Methadone" && time[i] > 161));
        Assert.Equal(339, Enumerable.Range(0, derived.RowCount).Count(i => arm[i] == "Outpatient BUP" && time[i] > 161));
    }

    [Fact]
    public void UdsSectionStatesTheMissingRuleAndMatchesThePythonCounts()
    {
        using var run = PlanRun.Start($$"""{ {{Ctn27Datasets}}, "analyses": [ {{UdsAnalysis}} ] }""");
        var section = run.Section("opioid-uds");
        var table = section.Tables[0].Table;
        var rows = table.Rows.ToDictionary(r => r[0]);

        // Python on raw visit.csv + uds.csv (RetentionCommandTests): 5025/12696 and 5400/17760 negative weeks; 363 relapses; 396 dropouts.
        Assert.Equal("5025/12696", rows["Methadone"][3]);
        Assert.Equal("5400/17760", rows["Outpatient BUP"][3]);
        Assert.Equal("363", rows["Methadone"][6]);
        Assert.Equal("396", rows["Outpatient BUP"][8]);
        var methods = string.Join(" ", section.Methods);
        Assert.Contains("Missing-sample rule: a week without a urine sample was counted as positive.", methods, StringComparison.Ordinal);
        Assert.Contains("[ctnote]", methods, StringComparison.Ordinal);
        Assert.Single(section.Figures);
    }

    [Fact]
    public void QolSectionScoresWithTheNamedValueSetAsTheEq5dRPackage()
    {
        using var dir = new TempDirectory();
        var csv = dir.File("qol.csv");

        // States and England EQ-5D-5L indices from Fixtures/eq5d (eq5d R package): 11112 0.922, 12345 0.322,
        // 11111 1.000, 54321 0.436, 33333 0.593, 21435 0.407, 44444 -0.094, 11125 0.648.
        File.WriteAllText(csv, """
            arm,mo,sc,ua,pd,ad,vas,mo2,sc2,ua2,pd2,ad2,vas2
            a,1,1,1,1,2,60,1,1,1,1,1,80
            a,1,2,3,4,5,40,5,4,3,2,1,50
            b,3,3,3,3,3,70,4,4,4,4,4,30
            b,2,1,4,3,5,50,1,1,1,2,5,40

            """);
        var r = Reference();
        var plan = $$"""
            { "datasets": { "cohort": { "file": {{JsonSerializer.Serialize(csv)}} } },
              "analyses": [ { "id": "qol", "type": "qol", "dataset": "cohort", "group": "arm", "instrument": "eq5d-5l", "value_set": "England",
                "time_points": [ { "label": "Baseline", "items": ["mo", "sc", "ua", "pd", "ad"], "vas": "vas", "time": 0 },
                                 { "label": "Week 24", "items": ["mo2", "sc2", "ua2", "pd2", "ad2"], "vas": "vas2", "time": 24 } ] } ] }
            """;
        using var run = PlanRun.Start(plan, dir);
        var section = run.Section("qol");
        var scores = section.Tables[0].Table.Rows.ToDictionary(row => row[0] + "/" + row[1]);
        Assert.Equal(Mean3(r["11112"], r["12345"]), scores["a/Baseline"][3].Split(' ')[0]);
        Assert.Equal(Mean3(r["11111"], r["54321"]), scores["a/Week 24"][3].Split(' ')[0]);
        Assert.Equal(Mean3(r["33333"], r["21435"]), scores["b/Baseline"][3].Split(' ')[0]);
        Assert.Equal(Mean3(r["44444"], r["11125"]), scores["b/Week 24"][3].Split(' ')[0]);
        Assert.Equal("50.0", scores["a/Baseline"][6].Split(' ')[0]);

        // Change and responders by the tabulated England MID (McClure 2017: 0.037, lower end), by hand from the R indices.
        var change = section.Tables[1].Table.Rows.ToDictionary(row => row[0]);
        Assert.Equal(Mean3(r["11111"] - r["11112"], r["54321"] - r["12345"]), change["a"][3].Split(' ')[0]);
        Assert.Equal("2/2 (100.0%)", change["a"][5]);
        Assert.Equal("1/2 (50.0%)", change["b"][5]);

        Assert.Contains(section.Citations, c => c.Key == "eq5d-5l-england" && c.Text.Contains("an EQ-5D-5L value set for England. Health Econ. 2018;27(1):7-22. doi:10.1002/hec.3564", StringComparison.Ordinal));

        // The plan's small-cell suppression hides every count below K, and the percentages that would reveal them.
        using var suppressed = PlanRun.Start(plan.Replace("{ \"datasets\"", "{ \"suppress_below\": 5, \"datasets\"", StringComparison.Ordinal), dir);
        var hidden = suppressed.Section("qol");
        Assert.Equal("<5", hidden.Tables[0].Table.Rows[0][2]);
        Assert.Equal("<5/<5", hidden.Tables[1].Table.Rows[0][5]);
        Assert.DoesNotContain("n = 2", hidden.Narrative[0], StringComparison.Ordinal);
        Assert.Contains(section.Citations, c => c.Key == "mid-eq5d-5l");
        Assert.Contains("EQ-5D-5L VT England value set [eq5d-5l-england]", string.Join(" ", section.Methods), StringComparison.Ordinal);
        Assert.Equal(4, section.Figures.Length);
    }

    [Fact]
    public void EffectSectionMatchesREffectsizeAndMetafor()
    {
        var data = JsonSerializer.Serialize(Path.Combine(AppContext.BaseDirectory, "Fixtures", "reference", "data", "qol_synthetic.csv"));
        var plan = $$"""
            { "datasets": { "qol": { "file": {{data}} } },
              "analyses": [
                { "id": "g", "type": "effect", "dataset": "qol", "group": "arm", "treatment": "buprenorphine", "control": "methadone", "outcome": "week24", "measure": "hedges-g" },
                { "id": "or", "type": "effect", "dataset": "qol", "group": "arm", "treatment": "buprenorphine", "control": "methadone", "outcome": "responder", "measure": "odds-ratio" } ] }
            """;
        using var run = PlanRun.Start(plan);
        var smd = EffectsFixture.Load("qol_week24_by_arm_smd")["hedges_g"]!;
        var g = run.Section("g");
        var row = g.Tables[0].Table.Rows[0];

        // The table prints 6 significant digits (values 0.03..0.5): agreement to that display precision.
        NumericAssert.Close(EffectsFixture.D(smd["estimate"]), Cell(row[1]), rel: 0, abs: 1e-6, what: "R hedges_g");
        NumericAssert.Close(EffectsFixture.D(smd["ci_exact"]![0]), Cell(row[2]), rel: 0, abs: 1e-6, what: "R hedges_g CI low");
        NumericAssert.Close(EffectsFixture.D(smd["ci_exact"]![1]), Cell(row[3]), rel: 0, abs: 1e-6, what: "R hedges_g CI high");
        Assert.Equal(["107", "101"], row.Skip(5).Take(2));
        var methods = string.Join(" ", g.Methods);
        Assert.Contains("Hedges' g", methods, StringComparison.Ordinal);
        Assert.Contains("noncentral t interval", methods, StringComparison.Ordinal);
        Assert.Contains("[hedges1981; hedges1985; steiger1997; benshachar2020]", methods, StringComparison.Ordinal);

        var or = EffectsFixture.Load("qol_responder_by_arm_2x2")["metafor_escalc"]!["OR"]!;
        var orRow = run.Section("or").Tables[0].Table.Rows[0];
        NumericAssert.Close(EffectsFixture.D(or["exp_yi"]), Cell(orRow[1]), rel: 1e-5, abs: 0, what: "metafor OR");
        NumericAssert.Close(EffectsFixture.D(or["exp_ci_lb"]), Cell(orRow[2]), rel: 1e-5, abs: 0, what: "metafor OR CI low");
        NumericAssert.Close(EffectsFixture.D(or["exp_ci_ub"]), Cell(orRow[3]), rel: 1e-5, abs: 0, what: "metafor OR CI high");
        Assert.Contains("[woolf1955; viechtbauer2010]", string.Join(" ", run.Section("or").Methods), StringComparison.Ordinal);
    }

    [Fact]
    public void CompareSectionInlineAndFromFileAgreeWithPlainMeans()
    {
        var outcomes = File.ReadAllText(RepositoryPaths.Combine("data", "compare_outcomes.json"));
        var inline = JsonDocument.Parse(outcomes).RootElement.GetProperty("outcomes").GetRawText();
        var plan = $$"""
            { "datasets": { "cohort": { "file": {{Data("simulated_cohort.csv")}} } },
              "analyses": [
                { "id": "domains", "type": "compare", "dataset": "cohort", "group": "arm", "treatment": "buprenorphine", "control": "methadone", "outcomes_file": {{Data("compare_outcomes.json")}} },
                { "id": "inline", "type": "compare", "dataset": "cohort", "group": "arm", "treatment": "buprenorphine", "control": "methadone", "outcomes": {{inline}} } ] }
            """;
        using var run = PlanRun.Start(plan);
        var file = run.Section("domains");
        var inlined = run.Section("inline");
        Assert.Equal(TableRenderer.Render([.. file.Tables.Select(t => t.Table)], OutputFormat.Table), TableRenderer.Render([.. inlined.Tables.Select(t => t.Table)], OutputFormat.Table));

        // Plain LINQ: difference of mean EQ VAS at week 24 (buprenorphine minus methadone), complete cases.
        var rows = ReadCsv("simulated_cohort.csv");
        double MeanVas(string arm) => rows.Where(r => r["arm"] == arm && r["eq_vas_w24"].Length > 0).Average(r => double.Parse(r["eq_vas_w24"], CultureInfo.InvariantCulture));
        var md = MeanVas("buprenorphine") - MeanVas("methadone");
        var vas = file.Tables[0].Table.Rows.Single(r => r[0] == "EQ VAS week 24");
        Assert.StartsWith("MD " + md.ToString("G3", CultureInfo.InvariantCulture) + " (", vas[3], StringComparison.Ordinal);
        Assert.Single(file.Figures);
        Assert.Contains("[holm1979]", string.Join(" ", file.Methods), StringComparison.Ordinal);
        Assert.Contains("compare_outcomes.json", string.Join(" ", file.Methods), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "r", "type": "retention", "dosing": "dosing", "patient": "who", "day": "when", "gapp": 7, "gap": 7, "index": "rand", "index_day": "when" }""", "\"gapp\"", "Did you mean \"gap\"?")]
    [InlineData("""{ "id": "r", "type": "retention", "dosing": "dosing", "patient": "who", "day": "when", "gap": "weekly", "index": "rand", "index_day": "when" }""", "a permissible gap", "\"weekly\"")]
    [InlineData("""{ "id": "r", "type": "retention", "dosing": "dosing", "patient": "who", "day": "when", "index": "rand", "index_day": "when" }""", "the key \"gap\"", "no default")]
    [InlineData("""{ "id": "r", "type": "retention", "dosing": "dosing", "patient": "who", "day": "when", "gap": 7, "switch": "restart", "index": "rand", "index_day": "when" }""", "\"continuous\", \"new-episode\"", "\"restart\"")]
    [InlineData("""{ "id": "r", "type": "retention", "dosing": "dosing", "patient": "who", "day": "when", "gap": 7, "gap_sweep": [7, "often"], "index": "rand", "index_day": "when" }""", "analyses[0].gap_sweep[1]", "\"often\"")]
    [InlineData("""{ "id": "u", "type": "uds", "uds": "uds", "visits": "visits", "patient": "who", "day": "when", "substances": ["Opioid"], "index": "rand", "index_day": "when" }""", "the key \"missing\"", "no default because published abstinence rates differ")]
    [InlineData("""{ "id": "u", "type": "uds", "uds": "uds", "visits": "visits", "patient": "who", "day": "when", "substances": ["Opioid"], "index": "rand", "index_day": "when", "missing": "imputed" }""", "\"positive\", \"negative\", \"missing\"", "\"imputed\"")]
    [InlineData("""{ "id": "q", "type": "qol", "dataset": "rand", "group": "treatment", "value_set": "Narnia", "time_points": [ { "label": "b", "items": ["a", "b", "c", "d", "e"] } ] }""", "analyses[0].value_set", "Narnia")]
    [InlineData("""{ "id": "q", "type": "qol", "dataset": "rand", "group": "treatment", "time_points": [ { "label": "b", "items": ["a", "b", "c"] } ] }""", "five EQ-5D level columns", "3 column(s)")]
    [InlineData("""{ "id": "e", "type": "effect", "dataset": "rand", "group": "treatment", "treatment": "x", "control": "y", "outcome": "when", "measure": "hedges" }""", "\"hedges-g\"", "Did you mean")]
    [InlineData("""{ "id": "e", "type": "effect", "dataset": "rand", "group": "treatment", "treatment": "x", "control": "y", "outcome": "when", "measure": "hedges-g", "ci_method": "newcombe" }""", "analyses[0].ci_method", "applies to risk-difference and nnt")]
    [InlineData("""{ "id": "c", "type": "compare", "dataset": "rand", "group": "treatment", "treatment": "x", "control": "y" }""", "either \"outcomes\" (inline) or \"outcomes_file\"", "neither")]
    [InlineData("""{ "id": "c", "type": "compare", "dataset": "rand", "group": "treatment", "treatment": "x", "control": "y", "outcomes": [ { "name": "a", "domain": "happiness", "type": "continuous", "column": "when", "direction": "higher-is-better" } ] }""", "analyses[0].outcomes[0]", "happiness")]
    public void PlanValidationNamesTheKeyAndTheAllowedValues(string analysis, string expected1, string expected2)
    {
        var ex = Assert.Throws<PlanException>(() => PlanRun.Start($$"""{ {{Ctn27Datasets}}, "analyses": [ {{analysis}} ] }""").Dispose());
        Assert.Contains("plan.json line", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected1, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected2, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownLevelAndColumnArePlanErrorsAtTheirKey()
    {
        var plan = $$"""{ "datasets": { "cohort": { "file": {{Data("simulated_cohort.csv")}} } }, "analyses": [ { "id": "e", "type": "effect", "dataset": "cohort", "group": "arm", "treatment": "Buprenorphine", "control": "methadone", "outcome": "eq_vas_w24", "measure": "hedges-g" } ] }""";
        using var run = PlanRun.Start(plan);
        var ex = Assert.Throws<PlanException>(() => run.Section("e"));
        Assert.Contains("analyses[0].treatment", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"buprenorphine\"?", ex.Message, StringComparison.Ordinal);

        using var run2 = PlanRun.Start(plan.Replace("\"eq_vas_w24\"", "\"eq_vas_24\"", StringComparison.Ordinal));
        var ex2 = Assert.Throws<PlanException>(() => run2.Section("e"));
        Assert.Contains("analyses[0].outcome", ex2.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"eq_vas_w24\"?", ex2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionTablesAndTextAreByteIdenticalUnderGerman()
    {
        var plan = $$"""
            { {{Ctn27Datasets.Replace("\"datasets\": {", "\"datasets\": { \"cohort\": { \"file\": " + Data("simulated_cohort.csv") + " },", StringComparison.Ordinal)}},
              "analyses": [ {{RetentionAnalysis}}, {{UdsAnalysis}},
                { "id": "qol", "type": "qol", "dataset": "cohort", "group": "arm", "reliability": 0.8,
                  "time_points": [ { "label": "Baseline", "items": ["mo", "sc", "ua", "pd", "ad"], "vas": "eq_vas" },
                                   { "label": "Week 24", "items": ["mo_w24", "sc_w24", "ua_w24", "pd_w24", "ad_w24"], "vas": "eq_vas_w24" } ] },
                { "id": "g", "type": "effect", "dataset": "cohort", "group": "arm", "treatment": "buprenorphine", "control": "methadone", "outcome": "eq_vas_w24", "measure": "hedges-g" },
                { "id": "domains", "type": "compare", "dataset": "cohort", "group": "arm", "treatment": "buprenorphine", "control": "methadone", "outcomes_file": {{Data("compare_outcomes.json")}} } ] }
            """;
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => Render(plan));
        var german = WithCulture(new CultureInfo("de-DE"), () => Render(plan));
        Assert.Equal(invariant, german);
        Assert.Contains("74.2%", invariant, StringComparison.Ordinal);
    }

    private static string Render(string plan)
    {
        using var run = PlanRun.Start(plan);
        var sb = new StringBuilder();
        foreach (var id in new[] { "retention", "opioid-uds", "qol", "g", "domains" })
        {
            var s = run.Section(id);
            sb.Append(TableRenderer.Render([.. s.Tables.Select(t => t.Table)], OutputFormat.Csv));
            sb.AppendJoin('\n', s.Narrative).AppendJoin('\n', s.Methods).AppendJoin('\n', s.Figures.Select(f => f.Caption));
        }

        return sb.ToString();
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> body)
    {
        var (c, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return body();
        }
        finally
        {
            CultureInfo.CurrentCulture = c;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    private static double Cell(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Mean3(double a, double b) => ((a + b) / 2).ToString("0.000", CultureInfo.InvariantCulture);

    private static Dictionary<string, double> Reference() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "eq5d", "eq5d_r_reference.csv"))
            .Select(l => l.Split(','))
            .Where(p => p[0] == "VT" && p[1] == "England")
            .ToDictionary(p => p[2], p => double.Parse(p[3], CultureInfo.InvariantCulture));

    /// <summary>A minimal CSV reader for the oracle side (quoted fields without embedded commas, as in the bundled files).</summary>
    private static List<Dictionary<string, string>> ReadCsv(params string[] parts)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine(["data", .. parts]));
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',').Select(f => f.Trim('"')).Select((f, i) => (header[i], f)).ToDictionary(p => p.Item1, p => p.f))];
    }

    /// <summary>A plan written to a temporary folder, read and validated, with a context to run its analyses in order.</summary>
    private sealed class PlanRun : IDisposable
    {
        private readonly Dictionary<string, ReportSection> _sections = new(StringComparer.Ordinal);
        private readonly TempDirectory? _dir;

        private PlanRun(AnalysisPlan plan, TempDirectory? dir)
        {
            _dir = dir;
            Plan = plan;
            Context = new ReportContext(plan, new ReportWarnings(null));
        }

        public AnalysisPlan Plan { get; }

        public ReportContext Context { get; }

        public static PlanRun Start(string json, TempDirectory? folder = null)
        {
            var dir = folder is null ? new TempDirectory() : null;
            var path = (folder ?? dir)!.File("plan.json");
            File.WriteAllText(path, json);
            try
            {
                return new PlanRun(AnalysisPlanReader.Read(path), dir);
            }
            catch
            {
                dir?.Dispose();
                throw;
            }
        }

        /// <summary>Runs the analyses up to <paramref name="id"/> (each once) and returns its section.</summary>
        public ReportSection Section(string id)
        {
            foreach (var a in Plan.Analyses)
            {
                if (!_sections.ContainsKey(a.Id))
                {
                    _sections[a.Id] = a.Run(Context);
                }

                if (a.Id == id)
                {
                    return _sections[id];
                }
            }

            throw new InvalidOperationException(id);
        }

        public void Dispose()
        {
            Context.Dispose();
            _dir?.Dispose();
        }
    }
}
