using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.IO;
using OutcomesLab.Plotting;
using OutcomesLab.Survival;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>A validated <c>km</c> analysis (see <see cref="KmAnalysisKind"/>).</summary>
/// <param name="Header">Id, type and title.</param>
/// <param name="Roles">Dataset and column roles.</param>
internal sealed record KmAnalysis(ReportAnalysisHeader Header, PlanSurvivalRoles Roles) : IReportAnalysis
{
    /// <inheritdoc/>
    public string Id => Header.Id;

    /// <summary>Pointwise CI transform (R conf.type).</summary>
    public CiTransform Transform { get; init; } = CiTransform.Log;

    /// <summary>This analysis' confidence level, or null for the plan's.</summary>
    public double? ConfidenceLevel { get; init; }

    /// <summary>Landmark times.</summary>
    public ImmutableArray<double> Landmarks { get; init; } = [];

    /// <summary>RMST horizon.</summary>
    public double? Tau { get; init; }

    /// <summary>G-rho of the test between groups (0 log-rank, 1 Peto–Peto), or null for no test.</summary>
    public double? Rho { get; init; } = 0;

    /// <summary>Also report the test for trend over the groups in level order (scores 1..k, Collett 2015 sec. 2.6.4).</summary>
    public bool Trend { get; init; }

    /// <summary>Shade pointwise CIs.</summary>
    public bool CiBands { get; init; } = true;

    /// <summary>Draw median lines.</summary>
    public bool MedianLines { get; init; }

    /// <summary>y-axis title.</summary>
    public string? YLabel { get; init; }

    /// <summary>Figure keys.</summary>
    public PlanFigureKeys Figure { get; init; } = new(TimeUnit.Days, null, null, null, RiskTableRows.AtRisk, false);

    /// <inheritdoc/>
    public ReportSection Run(ReportContext context)
    {
        var cohort = Roles.Cohort(context, EventKind.Binary);
        var sample = PlanSurvivalRoles.Sample(context, cohort);
        var level = ConfidenceLevel ?? context.ConfidenceLevel;
        var options = new KaplanMeierOptions { CiTransform = Transform, ConfidenceLevel = level, LandmarkTimes = [.. Landmarks], RmstTau = Tau, SplitByStrata = false };
        var fit = KaplanMeier.Fit(sample, options);
        var warnings = fit.Diagnostics.Select(d => $"{Id}: {d.Message}").ToList();
        LogRankResult? test = null;
        if (Rho is { } rho && fit.Curves.Length > 1)
        {
            test = LogRankTest.Compute(sample, new LogRankOptions { Weighting = rho == 0 ? LogRankWeighting.LogRank : LogRankWeighting.GRho, Rho = rho, ComputePairwise = false });
            warnings.AddRange(test.Diagnostics.Select(d => $"{Id}: {d.Message}"));
        }

        RmstComparison? difference = Tau is not null && fit.Curves.Length == 2 ? fit.CompareRmst(fit.Curves[1].Group, fit.Curves[0].Group) : null;
        var pct = NumberText.Short(level * 100);
        var plot = new KaplanMeierPlotOptions
        {
            Preset = context.FigurePreset,
            InputTimeUnit = Figure.InputUnit,
            DisplayTimeUnit = Figure.AxisUnit,
            XMax = Figure.XMax,
            XTickStep = Figure.TickStep,
            Scale = Figure.Percent ? SurvivalScale.Percent : SurvivalScale.Proportion,
            ConfidenceBands = CiBands,
            MedianLines = MedianLines,
            RiskTable = Figure.RiskTable,
            PValue = test?.PValue,
            PValueLabel = Rho == 1 ? "Peto-Peto" : "Log-rank",
            YLabel = YLabel,
            GroupLabels = fit.Curves.Length > 1 ? [.. fit.Curves.Select(c => context.ArmLabel(c.Group))] : null,
            Arms = context.FigureArmsFor(fit.Curves.Select(c => c.Group)),
            SuppressBelow = context.SuppressBelow,
        };
        var model = KaplanMeierFigure.Model(fit, plot);
        var tables = ImmutableArray.CreateBuilder<ReportTable>();
        tables.Add(new ReportTable($"{Id}-summary", SummaryTable(context, fit, pct)) { Note = $"{(context.Population(Roles.Dataset) is { } who ? $"n: {who}; " : "")}CI: pointwise {pct}% confidence interval ({TransformNames.Of(Transform)} transform); median CIs by the method of Brookmeyer and Crowley; S(t): probability of remaining event-free at time t{(Tau is null ? "" : "; RMST: restricted mean survival time (standard error)")}." });
        if (test is not null)
        {
            tables.Add(new ReportTable($"{Id}-test", TestTable(context, test)) { Note = "O: observed events; E: expected events under no difference between groups." });
            if (Trend && test.Trend is { } trend)
            {
                tables.Add(new ReportTable($"{Id}-trend", TrendTable(context, test, trend)) { Note = "Score: the weight of each group in the test for trend (1..k in level order); U = sum of score x (O - E), V its variance." });
            }
        }

        if (difference is not null)
        {
            tables.Add(new ReportTable(
                $"{Id}-rmst-difference",
                new TextTable(
                    $"RMST difference up to {NumberText.Short(difference.Tau)} ({context.ArmLabel(fit.Curves[1].Group)} minus {context.ArmLabel(fit.Curves[0].Group)})",
                    ["estimate", $"{pct}% CI", "p"],
                    [[NumberText.Short(difference.Difference), $"{NumberText.Short(difference.DifferenceLower)} to {NumberText.Short(difference.DifferenceUpper)}", NumberText.PValue(difference.DifferenceP)]])));
        }

        if (!model.RiskTable.IsEmpty)
        {
            tables.Add(new ReportTable($"{Id}-at-risk", RiskTable(context, model)) { Note = context.SuppressBelow is { } k ? string.Create(CultureInfo.InvariantCulture, $"Counts from 1 to {k - 1} are shown as <{k}.") : null });
        }

        var groupText = Roles.Group is null ? "" : $" by {Roles.GroupText(context)}";
        var testText = test is null ? "" : $" {(Rho == 1 ? "Peto-Peto" : "Log-rank")} {ReportContext.PText(test.PValue)}.";
        var caption = $"Kaplan-Meier estimates{groupText} in {context.DataText(Roles.Dataset)} with {(CiBands ? $"pointwise {pct}% confidence bands ({TransformNames.Of(Transform)} transform)" : "no confidence bands")}{(Figure.RiskTable == RiskTableRows.None ? "" : " and the numbers at risk below")}.{testText}";
        return new ReportSection(Id, Header.Title ?? "Kaplan-Meier retention")
        {
            Topics = [ReportingTopic.NumbersAnalysed, ReportingTopic.OutcomeData, ReportingTopic.MainResults, .. Figure.RiskTable == RiskTableRows.None ? Array.Empty<ReportingTopic>() : [ReportingTopic.FollowUp], .. Roles.Strata is null ? Array.Empty<ReportingTopic>() : [ReportingTopic.AdjustedResults]],
            Narrative = [Narrative(context, fit, test, pct)],
            Tables = tables.ToImmutable(),
            Figures = [new ReportFigure(Id, caption, KaplanMeierFigure.Create(fit, plot))],
            Methods = [.. Methods(context, cohort, fit, test, pct, context.DataText(Roles.Dataset)), .. context.DataCaveats(Roles.Dataset)],
            Citations = Citations(test),
            Warnings = [.. warnings],
        };
    }

    private TextTable SummaryTable(ReportContext context, KaplanMeierResult fit, string pct)
    {
        var headers = new List<string> { "group", "n", "events", "median", $"{pct}% CI" };
        headers.AddRange(Landmarks.Select(t => $"S({NumberText.Short(t)}) [{pct}% CI]"));
        if (Tau is not null)
        {
            headers.Add($"RMST({NumberText.Short(Tau)}) (SE)");
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var c in fit.Curves)
        {
            var row = new List<string>
            {
                context.ArmLabel(c.Group),
                context.Count(c.N),
                context.Count(c.Events),
                c.Median.Time is null ? "not reached" : NumberText.Short(c.Median.Time),
                $"{NumberText.Short(c.Median.Lower)} to {NumberText.Short(c.Median.Upper)}",
            };
            foreach (var t in Landmarks)
            {
                var l = c.Landmarks.FirstOrDefault(x => x.Time == t);
                row.Add(l is null ? "beyond follow-up" : $"{Fixed(l.Surv)} [{Fixed(l.Lower)}, {Fixed(l.Upper)}]");
            }

            if (Tau is not null)
            {
                row.Add($"{NumberText.Short(c.Rmst.Estimate)} ({NumberText.Short(c.Rmst.StandardError, 3)})");
            }

            rows.Add(row);
        }

        return new TextTable("Kaplan-Meier estimates", headers, rows) { RightAligned = new HashSet<int> { 1, 2, 3 } };
    }

    private static TextTable TestTable(ReportContext context, LogRankResult test)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (var g = 0; g < test.Groups.Length; g++)
        {
            rows.Add([context.ArmLabel(test.Groups[g]), context.Count(test.N[g]), context.Count(test.Observed[g]), NumberText.Short(test.Expected[g], 5)]);
        }

        var title = string.Create(CultureInfo.InvariantCulture, $"{(test.Options.Weighting == LogRankWeighting.LogRank ? "Log-rank" : "Peto-Peto")} test: chi-square {NumberText.Short(test.ChiSquare, 5)} on {test.DegreesOfFreedom} df, {ReportContext.PText(test.PValue)}");
        return new TextTable(title, ["group", "n", "O", "E"], rows) { RightAligned = new HashSet<int> { 1, 2, 3 } };
    }

    private static TextTable TrendTable(ReportContext context, LogRankResult test, LogRankTrendTest trend)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (var g = 0; g < test.Groups.Length; g++)
        {
            rows.Add([context.ArmLabel(test.Groups[g]), NumberText.Short(trend.Scores[g]), context.Count(test.Observed[g]), NumberText.Short(test.Expected[g], 5)]);
        }

        var title = string.Create(CultureInfo.InvariantCulture, $"Test for trend: U = {NumberText.Short(trend.Statistic, 5)}, V = {NumberText.Short(trend.Variance, 5)}, chi-square {NumberText.Short(trend.ChiSquare, 5)} on 1 df, {ReportContext.PText(trend.PValue)}");
        return new TextTable(title, ["group", "score", "O", "E"], rows) { RightAligned = new HashSet<int> { 1, 2, 3 } };
    }

    private static TextTable RiskTable(ReportContext context, StepFigureModel model)
    {
        var headers = new List<string> { "block", "group" };
        headers.AddRange(model.XTicks.Select(t => NumberText.Short(t)));
        var rows = model.RiskTable.Select(r => (IReadOnlyList<string>)
        [
            r.Block switch { RiskTableRows.AtRisk => "at risk", RiskTableRows.Events => "cumulative events", _ => "cumulative censored" },
            r.Label,
            .. r.Values.Select(context.Count),
        ]).ToList();
        return new TextTable($"Numbers at risk ({model.XLabel})", headers, rows) { RightAligned = new HashSet<int>(Enumerable.Range(2, model.XTicks.Length)) };
    }

    private string Narrative(ReportContext context, KaplanMeierResult fit, LogRankResult? test, string pct)
    {
        var medians = fit.Curves.Select(c => c.Median.Time is null
            ? $"{context.ArmLabel(c.Group)} not reached"
            : $"{context.ArmLabel(c.Group)} {NumberText.Short(c.Median.Time)} ({pct}% CI {NumberText.Short(c.Median.Lower)} to {NumberText.Short(c.Median.Upper)})");
        var text = $"Median time to event: {string.Join("; ", medians)}.";
        if (test is not null)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" {(Rho == 1 ? "Peto-Peto" : "Log-rank")} test: chi-square {NumberText.Short(test.ChiSquare, 4)} on {test.DegreesOfFreedom} df, {ReportContext.PText(test.PValue)}.");
        }

        return text;
    }

    private ImmutableArray<string> Methods(ReportContext context, CohortData cohort, KaplanMeierResult fit, LogRankResult? test, string pct, string dataText)
    {
        var by = Roles.Group is null ? "" : $" by {Roles.GroupText(context)}";
        var sentences = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Time to {Roles.EventText(context)}, measured as {Roles.TimeText(context)}, in {dataText} ({cohort.Count} {Roles.SubjectsText(context)}{(cohort.DroppedLines.IsEmpty ? "" : $"; {cohort.DroppedLines.Length} rows with a missing value left out")}) was estimated{by} with the Kaplan-Meier method [kaplan1958] as R survival::survfit [therneau-survival], with Greenwood's variance [greenwood1926]."),
            $"Pointwise {pct}% CIs used the {TransformNames.Of(Transform)} transform (R survival conf.type = \"{TransformNames.Of(Transform)}\"), and CIs of the median were read off the confidence band [brookmeyer1982].",
        };
        if (!Landmarks.IsEmpty)
        {
            sentences.Add($"Survival was tabulated at {string.Join(", ", Landmarks.Select(t => NumberText.Short(t)))} {PlanFigureKeys.UnitName(Figure.InputUnit)}.");
        }

        if (Tau is not null)
        {
            sentences.Add($"The restricted mean survival time up to {NumberText.Short(Tau)} {PlanFigureKeys.UnitName(Figure.InputUnit)} was computed per group [royston2013]{(fit.Curves.Length == 2 ? " with the difference between the two groups and its normal-approximation CI (as survRM2 rmst2)" : "")}.");
        }

        if (test is not null)
        {
            var strata = Roles.Strata is null ? "" : $", stratified by {Roles.Strata.Name}";
            sentences.Add(Rho == 1
                ? $"Groups were compared with the Peto-Peto test (R survdiff rho = 1) [peto1972; harrington1982]{strata}."
                : $"Groups were compared with the log-rank test (R survdiff rho = 0) [mantel1966; peto1972]{strata}.");
            if (Trend && test.Trend is not null)
            {
                sentences.Add($"A test for trend over the groups in the order {string.Join(", ", test.Groups)} (scores 1 to {test.Groups.Length}) was computed from the same observed and expected events and their variance [collett2015].");
            }
        }

        return [.. sentences];
    }

    private ImmutableArray<ReportCitation> Citations(LogRankResult? test)
    {
        var list = new List<ReportCitation> { ReportCitations.KaplanMeier, ReportCitations.TherneauSurvival, ReportCitations.Greenwood, ReportCitations.BrookmeyerCrowley };
        if (Tau is not null)
        {
            list.Add(ReportCitations.RoystonParmar);
        }

        if (test is not null)
        {
            list.AddRange(Rho == 1 ? [ReportCitations.PetoPeto, ReportCitations.HarringtonFleming] : [ReportCitations.Mantel, ReportCitations.PetoPeto]);
            if (Trend && test.Trend is not null)
            {
                list.Add(ReportCitations.Collett);
            }
        }

        return [.. list];
    }

    private static string Fixed(double? v) => v is null ? "NA" : v.Value.ToString("0.000", CultureInfo.InvariantCulture);
}
