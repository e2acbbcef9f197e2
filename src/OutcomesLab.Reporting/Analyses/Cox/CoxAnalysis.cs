using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.IO;
using OutcomesLab.Plotting;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>A validated <c>cox</c> analysis (see <see cref="CoxAnalysisKind"/>).</summary>
/// <param name="Header">Id, type and title.</param>
/// <param name="Roles">Dataset and column roles (no group: arms enter as a covariate).</param>
/// <param name="Terms">Model terms.</param>
internal sealed record CoxAnalysis(ReportAnalysisHeader Header, PlanSurvivalRoles Roles, ImmutableArray<PlanColumn> Terms) : IReportAnalysis
{
    /// <inheritdoc/>
    public string Id => Header.Id;

    /// <summary>Reference levels of text covariates, with their plan locations.</summary>
    public IReadOnlyDictionary<string, (string Level, PlanLocation Location)> References { get; init; } = new Dictionary<string, (string, PlanLocation)>();

    /// <summary>Covariates taken as categories whatever their type (plan key <c>factor</c>, R's <c>factor()</c>).</summary>
    public ImmutableArray<string> Factors { get; init; } = [];

    /// <summary>Row labels by term.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Tie handling.</summary>
    public TieMethod Ties { get; init; } = TieMethod.Efron;

    /// <summary>Cluster column.</summary>
    public PlanColumn? Cluster { get; init; }

    /// <summary>Weights column.</summary>
    public PlanColumn? Weights { get; init; }

    /// <summary>Forced robust variance, or null for R's rule.</summary>
    public bool? Robust { get; init; }

    /// <summary>cox.zph transform, or null for no test.</summary>
    public CoxPhTransform? PhTest { get; init; } = CoxPhTransform.KaplanMeier;

    /// <summary>Confidence level, or null for the plan's.</summary>
    public double? ConfidenceLevel { get; init; }

    /// <summary>Covariate profiles for predicted survival curves (R <c>survfit(fit, newdata)</c>), with their plan locations.</summary>
    public ImmutableArray<(string Profile, PlanLocation Location)> Predict { get; init; } = [];

    /// <summary>Tabulation times of the predicted curves (empty: quartiles of follow-up).</summary>
    public ImmutableArray<double> PredictTimes { get; init; } = [];

    /// <inheritdoc/>
    public ReportSection Run(ReportContext context)
    {
        var main = Terms.Where(t => !t.Name.Contains(':', StringComparison.Ordinal)).ToList();
        var cohort = Roles.Cohort(context, EventKind.Binary, main, Cluster, Weights, Factors);
        foreach (var (column, (refLevel, location)) in References)
        {
            if (!cohort.CategoricalCovariates.TryGetValue(column, out var values))
            {
                throw new PlanException(location, $"a reference level of a text covariate (\"{column}\" is numeric)", $"\"{refLevel}\"", $"Remove \"{column}\" from \"reference\" (numeric covariates have no levels), or list it in \"factor\" to take its codes as categories.");
            }

            if (!values.Contains(refLevel))
            {
                var levels = Factor.DefaultOrder(values.Distinct(StringComparer.Ordinal));
                throw new PlanException(location, $"a level of \"{column}\"", $"\"{refLevel}\"", $"{PlanNames.DidYouMean(refLevel, levels)}The levels are {PlanNames.Quoted(levels)}.");
            }
        }

        var termNames = Terms.Select(t => t.Name).ToList();
        var referenceLevels = References.ToDictionary(r => r.Key, r => r.Value.Level, StringComparer.Ordinal);
        var design = CoxDesign.Build(termNames, cohort, referenceLevels);
        var profileRows = new List<double[]>();
        foreach (var (profile, location) in Predict)
        {
            try
            {
                profileRows.AddRange(CoxProfiles.Rows([profile], termNames, cohort, referenceLevels, design));
            }
            catch (UsageException ex)
            {
                throw new PlanException(location, "a covariate profile \"col=value,...\" giving every model variable", $"\"{profile}\"", ex.Message.Replace("--predict ", "", StringComparison.Ordinal));
            }
        }

        var level = ConfidenceLevel ?? context.ConfidenceLevel;
        var fit = CoxRegression.Fit(cohort.ToSurvivalSample(), design, new CoxOptions(Ties: Ties, ConfidenceLevel: level, Cluster: cohort.Cluster, Robust: Robust));
        var zph = PhTest is { } transform ? CoxProportionalHazardsTest.Test(fit, transform) : null;
        var pct = NumberText.Short(level * 100);
        var tables = ImmutableArray.CreateBuilder<ReportTable>();
        var fewClusters = FewClusters(cohort);
        var phCaveat = PhCaveat(context, zph);
        tables.Add(new ReportTable($"{Id}-coefficients", CoefficientTable(context, fit, pct, fewClusters))
        {
            Note = $"{(context.Population(Roles.Dataset) is { } who ? $"n: {who}; " : "")}HR: hazard ratio; CI: {pct}% Wald confidence interval{(fit.IsRobust ? " with the robust (sandwich) standard error" : "")}; text covariates are compared with their reference level.",
        });
        tables.Add(new ReportTable($"{Id}-tests", new TextTable(
            string.Create(CultureInfo.InvariantCulture, $"Model tests; concordance {fit.Concordance.Estimate:0.000} (SE {fit.Concordance.Se:0.000})"),
            ["test", "chi-square", "df", "p"],
            [
                TestRow("likelihood ratio", fit.LikelihoodRatio),
                TestRow(fit.IsRobust ? "Wald (robust)" : "Wald", fit.Wald),
                TestRow("score (log-rank)", fit.Score),
                .. fit.RobustScore is null ? Array.Empty<IReadOnlyList<string>>() : [TestRow("robust score", fit.RobustScore)],
            ])));
        if (zph is not null)
        {
            tables.Add(new ReportTable($"{Id}-ph-test", new TextTable(
                $"Proportional-hazards test (cox.zph, {TransformName(zph.Transform)} transform)",
                ["term", "chi-square", "df", "p"],
                [.. zph.Terms.Select(t => TestRow(Label(context, t.Term), new CoxTest(t.ChiSquare, t.Df, t.P))), TestRow("GLOBAL", new CoxTest(zph.Global.ChiSquare, zph.Global.Df, zph.Global.P))]))
            {
                Note = "A small p suggests that the hazard ratio of the term changes over time (non-proportional hazards).",
            });
        }

        var figures = ImmutableArray.CreateBuilder<ReportFigure>();
        if (!Predict.IsEmpty)
        {
            var series = new List<CoxSurvivalSeries>();
            for (var i = 0; i < Predict.Length; i++)
            {
                series.AddRange(CoxPredictions.PredictSurvival(fit, profileRows[i]).Select(c => new CoxSurvivalSeries(c.Stratum is null ? Predict[i].Profile : $"{Predict[i].Profile}, {c.Stratum}", c)));
            }

            tables.Add(new ReportTable($"{Id}-predicted", PredictedTable(context, series, PredictTimes.IsEmpty ? [.. TimeGrid.Quartiles(cohort.Time)] : [.. PredictTimes], pct))
            {
                Note = $"Predicted survival S(t) for each covariate profile from the Cox model (R survfit(fit, newdata): Efron/Breslow baseline hazard as the ties, S = exp(-H)) with {pct}% log-transformed CIs including the variance of the coefficients; n at risk is that of the fitted data.",
            });
            figures.Add(new ReportFigure($"{Id}-predicted", $"Predicted survival for the covariate profiles of the Cox model of {Roles.EventText(context)} in {context.DataText(Roles.Dataset)}, with {pct}% CIs.", CoxSurvivalFigure.Create(series, new CoxSurvivalPlotOptions { Preset = context.FigurePreset, Arms = new ArmStyles { LineTypes = context.FigureArms.LineTypes } })));
        }

        var forest = ForestFigure.FromCox(fit, new ForestPlotOptions { Preset = context.FigurePreset, Labels = fit.Coefficients.ToDictionary(c => c.Term, c => Label(context, c.Term), StringComparer.Ordinal) });
        var strata = Roles.Strata is null ? "" : $", stratified by {Roles.Strata.Name}";
        var caption = $"Hazard ratios with {pct}% CIs (log scale) from the Cox model of {Roles.EventText(context)} in {context.DataText(Roles.Dataset)}{strata}.";
        return new ReportSection(Id, Header.Title ?? "Cox regression")
        {
            Topics = [ReportingTopic.NumbersAnalysed, ReportingTopic.MainResults, .. Terms.Length > 1 ? [ReportingTopic.AdjustedResults] : Array.Empty<ReportingTopic>(), .. zph is null ? Array.Empty<ReportingTopic>() : [ReportingTopic.OtherAnalyses]],
            Narrative = [string.Create(CultureInfo.InvariantCulture, $"Cox model on {context.Count(fit.N)} subjects with {context.Count(fit.Events)} events: {string.Join("; ", fit.Coefficients.Select(c => c.IsAliased ? $"{Label(context, c.Term)} aliased (NA: a linear combination of earlier terms, not estimated)" : $"{Label(context, c.Term)} HR {NumberText.Short(c.HazardRatio, 3)} ({pct}% CI {NumberText.Short(c.HrLower, 3)} to {NumberText.Short(c.HrUpper, 3)}, {ReportContext.PText(c.P)})"))}.{(zph is null ? "" : $" Global proportional-hazards test {ReportContext.PText(zph.Global.P)}.")}"), .. phCaveat],
            Tables = tables.ToImmutable(),
            Figures = [new ReportFigure(Id, caption, ForestFigure.Create(forest, context.FigurePreset)), .. figures],
            Methods = [.. Methods(context, cohort, fit, context.DataText(Roles.Dataset), fewClusters), .. context.DataCaveats(Roles.Dataset)],
            Citations = Citations(fit, zph, fewClusters is not null),
            Warnings = [.. fit.Diagnostics.Select(d => $"{Id}: {d.Message}"), .. phCaveat.Select(c => $"{Id}: {c}"), .. fewClusters is { } g ? [FormattableString.Invariant($"{Id}: the robust standard errors rest on {g} clusters of {Cluster!.Name} (fewer than 30): they can be too small; the coefficient table shows the model-based SE beside them.")] : Array.Empty<string>()],
        };
    }

    /// <summary>The coefficients; with few clusters (<paramref name="fewClusters"/>) the model-based SE stands beside the robust one, as a reviewer asks (Cameron and Miller 2015).</summary>
    private TextTable CoefficientTable(ReportContext context, CoxResult fit, string pct, int? fewClusters)
    {
        var robust = fit.IsRobust;
        var both = robust && fewClusters is not null;
        var rows = fit.Coefficients.Select(c => c.IsAliased ? (IReadOnlyList<string>)[Label(context, c.Term), "aliased (NA)", "NA", "NA", "NA", .. both ? ["NA"] : Array.Empty<string>(), "NA"] : (IReadOnlyList<string>)
        [
            Label(context, c.Term),
            NumberText.Short(c.HazardRatio, 4),
            $"{NumberText.Short(c.HrLower, 4)} to {NumberText.Short(c.HrUpper, 4)}",
            NumberText.Short(c.Coef, 5),
            NumberText.Short(robust ? c.RobustSe : c.Se, 4),
            .. both ? [NumberText.Short(c.Se, 4)] : Array.Empty<string>(),
            NumberText.PValue(c.P),
        ]).ToList();
        var title = $"Cox regression ({(fit.Ties == TieMethod.Efron ? "Efron" : "Breslow")} ties): n = {context.Count(fit.N)}, events = {context.Count(fit.Events)}";
        string[] headers = both
            ? ["term", "HR", $"{pct}% CI", "coef", $"robust SE ({fewClusters} clusters)", "model SE", "p"]
            : ["term", "HR", $"{pct}% CI", "coef", robust ? "robust SE" : "SE", "p"];
        return new TextTable(title, headers, rows) { RightAligned = Enumerable.Range(1, headers.Length - 1).Where(i => i != 2).ToHashSet() };
    }

    /// <summary>
    /// The caveat a reviewer raises when the proportional-hazards test rejects at 0.05 (globally or for a
    /// term): a hazard ratio then averages a ratio that changes over follow-up, so the section says so,
    /// names the terms and what to report instead (Grambsch and Therneau 1994; Therneau and Grambsch 2000, ch. 6).
    /// </summary>
    private IReadOnlyList<string> PhCaveat(ReportContext context, CoxPhTestResult? zph)
    {
        if (zph is null)
        {
            return [];
        }

        var failing = zph.Terms.Where(t => t.P < 0.05).ToList();
        if (zph.Global.P >= 0.05 && failing.Count == 0)
        {
            return [];
        }

        var terms = failing.Count == 0 ? "no single term" : string.Join(", ", failing.Select(t => $"{Label(context, t.Term)} ({ReportContext.PText(t.P)})"));
        return [$"The proportional-hazards assumption is doubtful (global test {ReportContext.PText(zph.Global.P)}; {terms}): each hazard ratio then averages a ratio that changes over follow-up. Read it with the Kaplan-Meier curves, and report a model that allows it, such as stratification by the offending covariate, a time-split Cox model (R survSplit) or the difference in restricted mean survival time (km with tau)."];
    }

    /// <summary>The number of clusters when a cluster column gives fewer than 30 (the sandwich SE is then biased downward), else null.</summary>
    private int? FewClusters(CohortData cohort)
    {
        if (Cluster is null || cohort.Cluster is null)
        {
            return null;
        }

        var g = cohort.Cluster.Distinct(StringComparer.Ordinal).Count();
        return g < 30 ? g : null;
    }

    private static TextTable PredictedTable(ReportContext context, List<CoxSurvivalSeries> series, IReadOnlyList<double> times, string pct)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var s in series)
        {
            var c = s.Curve;
            foreach (var t in times)
            {
                // The curve is a step function from S(0) = 1: the last row at or before t.
                var i = -1;
                while (i + 1 < c.Time.Length && c.Time[i + 1] <= t)
                {
                    i++;
                }

                // At risk at t: the first row at or after t (0 after the last).
                var j = i >= 0 && c.Time[i] == t ? i : i + 1;
                var atRisk = j < c.Time.Length ? c.NRisk[j] : 0;
                rows.Add(i < 0
                    ? [s.Label, NumberText.Short(t), "1.000", "", context.Count(atRisk)]
                    : [s.Label, NumberText.Short(t), c.Survival[i].ToString("0.000", CultureInfo.InvariantCulture), $"{Fixed(c.Lower[i])} to {Fixed(c.Upper[i])}", context.Count(atRisk)]);
            }
        }

        return new TextTable("Predicted survival by covariate profile", ["profile", "time", "survival", $"{pct}% CI", "n at risk"], rows) { RightAligned = new HashSet<int> { 1, 2, 4 } };
    }

    private static string Fixed(double? v) => v is null ? "NA" : v.Value.ToString("0.000", CultureInfo.InvariantCulture);

    // A term without a plan label is named by its columns' dataset labels (a covariate, an interaction or a cox.zph term such as "sex"); dummy columns (col=level) stay as they are.
    private string Label(ReportContext context, string term) =>
        Labels.TryGetValue(term, out var l) ? l : term.Contains('=', StringComparison.Ordinal) ? term : ColumnsText(context, term);

    private string ColumnsText(ReportContext context, string term) => string.Join(" x ", term.Split(':').Select(c => context.ColumnText(Roles.Dataset, c)));

    private static IReadOnlyList<string> TestRow(string name, CoxTest test) =>
        [name, NumberText.Short(test.ChiSquare, 5), test.Df.ToString(CultureInfo.InvariantCulture), NumberText.PValue(test.P)];

    private static string TransformName(CoxPhTransform t) => t switch
    {
        CoxPhTransform.KaplanMeier => "km",
        CoxPhTransform.Identity => "identity",
        _ => "rank",
    };

    private ImmutableArray<string> Methods(ReportContext context, CohortData cohort, CoxResult fit, string dataText, int? fewClusters)
    {
        string Column(string name) => context.ColumnText(Roles.Dataset, name);
        var sentences = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Hazard ratios of {Roles.EventText(context)}, with time measured as {Roles.TimeText(context)}, in {dataText} ({cohort.Count} {Roles.SubjectsText(context)}) were estimated with a Cox proportional-hazards model [cox1972] with covariates {string.Join(", ", Terms.Select(t => ColumnsText(context, t.Name)))}{(Roles.Strata is null ? "" : $", stratified by {Column(Roles.Strata.Name)} (separate baseline hazards)")}, as R survival::coxph [therneau-survival]."),
            Ties == TieMethod.Efron
                ? "Tied event times were handled by Efron's method [efron1977] (R coxph ties = \"efron\", the default)."
                : "Tied event times were handled by Breslow's method [breslow1974] (R coxph ties = \"breslow\").",
        };
        if (References.Count > 0)
        {
            sentences.Add($"Reference levels: {string.Join(", ", References.Select(r => $"{Column(r.Key)} = {context.LevelText(Roles.Dataset, r.Key, context.ArmLabel(r.Value.Level))}"))}.");
        }

        if (fit.IsRobust)
        {
            sentences.Add($"Standard errors are robust (sandwich) estimates{(Cluster is null ? "" : $" clustered by {Column(Cluster.Name)}")} [lin1989].");
            if (fewClusters is { } g)
            {
                sentences.Add(FormattableString.Invariant($"The robust standard errors rest on only {g} clusters of {Column(Cluster!.Name)}; with fewer than about 30 clusters the sandwich estimator is biased downward and Wald tests reject too often [cameron2015], so the model-based standard errors are reported beside them and the robust intervals should be read as approximate."));
            }
        }

        if (Weights is not null)
        {
            sentences.Add($"Rows were weighted by {Column(Weights.Name)}.");
        }

        sentences.Add("Discrimination is summarised by Harrell's concordance [harrell1982].");
        if (!Predict.IsEmpty)
        {
            sentences.Add($"Predicted survival curves for the covariate profiles {string.Join("; ", Predict.Select(p => p.Profile))} were computed from the fitted model with the {(Ties == TieMethod.Efron ? "Efron" : "Breslow")} baseline hazard and CIs including the variance of the coefficients, as R survival::survfit(fit, newdata) [therneau-survival].");
        }

        if (PhTest is { } t)
        {
            sentences.Add($"Proportional hazards were checked with the test of Grambsch and Therneau on scaled Schoenfeld residuals [grambsch1994] with the {TransformName(t)} time transform (R cox.zph transform = \"{TransformName(t)}\").");
        }

        return [.. sentences];
    }

    private ImmutableArray<ReportCitation> Citations(CoxResult fit, CoxPhTestResult? zph, bool fewClusters)
    {
        var list = new List<ReportCitation> { ReportCitations.Cox, ReportCitations.TherneauSurvival, Ties == TieMethod.Efron ? ReportCitations.Efron : ReportCitations.Breslow, ReportCitations.Harrell };
        if (fit.IsRobust)
        {
            list.Add(ReportCitations.LinWei);
        }

        if (fit.IsRobust && fewClusters)
        {
            list.Add(ReportCitations.CameronMiller);
        }

        if (zph is not null)
        {
            list.Add(ReportCitations.GrambschTherneau);
        }

        return [.. list];
    }
}
