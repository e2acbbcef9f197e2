using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.IO;
using OutcomesLab.Plotting;
using OutcomesLab.Survival;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>A validated <c>cif</c> analysis (see <see cref="CifAnalysisKind"/>).</summary>
/// <param name="Header">Id, type and title.</param>
/// <param name="Roles">Dataset and column roles (event holds cause codes).</param>
internal sealed record CifAnalysis(ReportAnalysisHeader Header, PlanSurvivalRoles Roles) : IReportAnalysis
{
    /// <inheritdoc/>
    public string Id => Header.Id;

    /// <summary>Causes to report with names (empty: all causes).</summary>
    public ImmutableArray<(int Code, string Name, PlanLocation Location)> Causes { get; init; } = [];

    /// <summary>Tabulation times (empty: quartiles of follow-up).</summary>
    public ImmutableArray<double> Times { get; init; } = [];

    /// <summary>Variance method.</summary>
    public CifVarianceMethod Variance { get; init; } = CifVarianceMethod.Delta;

    /// <summary>Scale of the pointwise CIs (R survfit conf.type).</summary>
    public CifConfidenceTransform Transform { get; init; } = CifConfidenceTransform.Log;

    /// <summary>Power rho of Gray's weight (cmprsk cuminc rho).</summary>
    public double GrayRho { get; init; }

    /// <summary>Shade CIs.</summary>
    public bool CiBands { get; init; }

    /// <summary>Layout of the figure's causes.</summary>
    public CifPanels Panels { get; init; } = CifPanels.Auto;

    /// <summary>Confidence level, or null for the plan's.</summary>
    public double? ConfidenceLevel { get; init; }

    /// <summary>y-axis title.</summary>
    public string? YLabel { get; init; }

    /// <summary>Figure keys.</summary>
    public PlanFigureKeys Figure { get; init; } = new(TimeUnit.Days, null, null, null, RiskTableRows.AtRisk, false);

    /// <inheritdoc/>
    public ReportSection Run(ReportContext context)
    {
        var cohort = Roles.Cohort(context, EventKind.Codes);
        var sample = PlanSurvivalRoles.Sample(context, cohort);
        var level = ConfidenceLevel ?? context.ConfidenceLevel;
        var fit = CumulativeIncidence.Fit(sample, new CumulativeIncidenceOptions { VarianceMethod = Variance, ConfidenceLevel = level, ConfidenceTransform = Transform, GrayRho = GrayRho });
        foreach (var (code, _, location) in Causes)
        {
            if (!fit.Causes.Contains(code))
            {
                throw new PlanException(location, $"a cause code that occurs in column \"{Roles.Event.Name}\"", code.ToString(CultureInfo.InvariantCulture), $"The causes in the data are {string.Join(", ", fit.Causes)}; remove the others from \"causes\".");
            }
        }

        var selected = Causes.IsEmpty ? [.. fit.Causes] : Causes.Select(c => c.Code).ToList();
        string Name(int cause) => Causes.FirstOrDefault(c => c.Code == cause).Name ?? $"cause {cause}";
        List<double> at = Times.IsEmpty ? [.. TimeGrid.Quartiles(cohort.Time)] : [.. Times];
        var pct = NumberText.Short(level * 100);
        var scale = Transform switch { CifConfidenceTransform.LogLog => "log-log", CifConfidenceTransform.Plain => "plain", _ => "log" };
        var stratified = Roles.Strata is null ? "" : $", stratified by {Roles.Strata.Name}";
        var headers = new List<string> { "cause", "group" };
        headers.AddRange(at.Select(t => $"F({NumberText.Short(t)}) [{pct}% CI]"));
        var rows = fit.Curves.Where(c => selected.Contains(c.Cause)).Select(c =>
        {
            var row = new List<string> { Name(c.Cause), context.ArmLabel(c.Group) };
            foreach (var t in at)
            {
                var p = c.At(t);
                row.Add(p is null ? "0.000" : $"{Fixed(p.Estimate)} [{Fixed(p.Lower)}, {Fixed(p.Upper)}]");
            }

            return (IReadOnlyList<string>)row;
        }).ToList();
        var tables = ImmutableArray.CreateBuilder<ReportTable>();
        tables.Add(new ReportTable($"{Id}-incidence", new TextTable("Cumulative incidence (Aalen-Johansen)", headers, rows))
        {
            Note = $"F(t): probability of leaving by the cause by time t, with competing causes; pointwise {pct}% CIs ({(Variance == CifVarianceMethod.Delta ? "cmprsk delta-method variance" : "infinitesimal-jackknife variance")}, {scale} transform).",
        });
        if (!fit.GrayTests.IsDefaultOrEmpty)
        {
            tables.Add(new ReportTable($"{Id}-gray", new TextTable(
                $"Gray's test between groups (rho = {NumberText.Short(GrayRho)}{stratified})",
                ["cause", "statistic", "df", "p"],
                [.. fit.GrayTests.Where(g => selected.Contains(g.Cause)).Select(g => (IReadOnlyList<string>)[Name(g.Cause), NumberText.Short(g.Statistic, 5), g.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture), double.IsNaN(g.PValue) ? "NA" : NumberText.PValue(g.PValue)])])));
        }

        var plot = new CumulativeIncidencePlotOptions
        {
            Preset = context.FigurePreset,
            InputTimeUnit = Figure.InputUnit,
            DisplayTimeUnit = Figure.AxisUnit,
            XMax = Figure.XMax,
            XTickStep = Figure.TickStep,
            Scale = Figure.Percent ? SurvivalScale.Percent : SurvivalScale.Proportion,
            ConfidenceBands = CiBands,
            Panels = Panels,
            RiskTable = Figure.RiskTable,
            Causes = selected,
            CauseLabels = selected.ToDictionary(c => c, Name),
            GroupLabels = fit.Groups.Length > 1 ? [.. fit.Groups.Select(context.ArmLabel)] : null,
            Arms = context.FigureArmsFor(fit.Groups),
            YLabel = YLabel,
            SuppressBelow = context.SuppressBelow,
        };
        var model = CumulativeIncidenceFigure.Model(fit, plot);
        if (!model.RiskTable.IsEmpty)
        {
            var riskHeaders = new List<string> { "block", "group" };
            riskHeaders.AddRange(model.XTicks.Select(t => NumberText.Short(t)));
            tables.Add(new ReportTable($"{Id}-at-risk", new TextTable(
                $"Numbers at risk ({model.XLabel})",
                riskHeaders,
                [.. model.RiskTable.Select(r => (IReadOnlyList<string>)[r.Block switch { RiskTableRows.AtRisk => "at risk", RiskTableRows.Events => "cumulative events", _ => "cumulative censored" }, context.ArmLabel(r.Label), .. r.Values.Select(context.Count)])])
            {
                RightAligned = new HashSet<int>(Enumerable.Range(2, model.XTicks.Length)),
            }));
        }

        var by = Roles.Group is null ? "" : $" by {Roles.GroupText(context)}";
        var perCause = (Panels == CifPanels.Auto ? CumulativeIncidenceFigure.AutoPanels(fit, selected) : Panels) == CifPanels.PerCause;
        var layout = !perCause ? "" : Panels == CifPanels.PerCause
            ? "; one panel per cause, each with its own y-axis"
            : $"; one panel per cause, each with its own y-axis, since the highest {string.Join(" and ", Rare(fit, selected).Select(Name))} curve is below {NumberText.Short(CumulativeIncidenceFigure.SmallCauseRatio * 100)}% of the highest {Name(Largest(fit, selected))} curve";
        var caption = $"Cumulative incidence of {string.Join(", ", selected.Select(Name))}{by} in {context.DataText(Roles.Dataset)} (Aalen-Johansen){layout}{(CiBands ? $" with pointwise {pct}% confidence bands ({scale} transform, as in the table)" : "")}{(fit.GrayTests.IsDefaultOrEmpty ? "" : "; Gray's test p per cause in the plot")}.";
        var narrative = fit.GrayTests.IsDefaultOrEmpty
            ? $"Cumulative incidence of {string.Join(", ", selected.Select(Name))} is tabulated at {string.Join(", ", at.Select(t => NumberText.Short(t)))}."
            : $"Gray's test between groups: {string.Join("; ", fit.GrayTests.Where(g => selected.Contains(g.Cause)).Select(g => $"{Name(g.Cause)} {(double.IsNaN(g.PValue) ? "p = NA" : ReportContext.PText(g.PValue))}"))}.";
        return new ReportSection(Id, Header.Title ?? "Competing risks")
        {
            Topics = [ReportingTopic.NumbersAnalysed, ReportingTopic.OutcomeData, ReportingTopic.MainResults, .. Figure.RiskTable == RiskTableRows.None ? Array.Empty<ReportingTopic>() : [ReportingTopic.FollowUp]],
            Narrative = [narrative],
            Tables = tables.ToImmutable(),
            Figures = [new ReportFigure(Id, caption, CumulativeIncidenceFigure.Create(fit, plot))],
            Methods =
            [
                string.Create(CultureInfo.InvariantCulture, $"The cumulative incidence of each reason for leaving ({string.Join(", ", selected.Select(c => $"{c} = {Name(c)}"))}; column {Roles.Event.Name}, 0 = censored) in {context.DataText(Roles.Dataset)} ({cohort.Count} subjects) was estimated{by} with the Aalen-Johansen estimator [aalen1978], treating the other causes as competing events, as R cmprsk::cuminc [gray-cmprsk]{(Roles.TimeFrom is null ? "" : $", with the follow-up {Roles.TimeDescription}")}."),
                Variance == CifVarianceMethod.Delta
                    ? $"Pointwise {pct}% CIs used cuminc's delta-method variance on the {scale} scale."
                    : $"Pointwise {pct}% CIs used the infinitesimal-jackknife variance of R survival::survfit [therneau-survival] on the {scale} scale.",
                .. fit.GrayTests.IsDefaultOrEmpty ? Array.Empty<string>() : [$"Groups were compared per cause with Gray's test [gray1988] (rho = {NumberText.Short(GrayRho)}{stratified})."],
                .. context.DataCaveats(Roles.Dataset),
            ],
            Citations = [ReportCitations.AalenJohansen, ReportCitations.Cmprsk, ReportCitations.TherneauSurvival, ReportCitations.Gray],
            Warnings = [.. fit.Diagnostics.Select(d => $"{Id}: {d.Message}")],
        };
    }

    private static double Top(CumulativeIncidenceResult fit, int cause) => fit.Curves.Where(c => c.Cause == cause).SelectMany(c => c.Points).Select(p => p.Estimate).DefaultIfEmpty(0).Max();

    private static int Largest(CumulativeIncidenceResult fit, List<int> causes) => causes.MaxBy(c => Top(fit, c));

    private static IEnumerable<int> Rare(CumulativeIncidenceResult fit, List<int> causes) =>
        causes.Where(c => Top(fit, c) < CumulativeIncidenceFigure.SmallCauseRatio * Top(fit, Largest(fit, causes)));

    private static string Fixed(double? v) => v is null ? "NA" : v.Value.ToString("0.000", CultureInfo.InvariantCulture);
}
