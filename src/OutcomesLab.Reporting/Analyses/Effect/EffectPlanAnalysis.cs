namespace OutcomesLab.Reporting.Analyses;

/// <summary>A validated <c>effect</c> analysis (<see cref="EffectAnalysisKind"/>); a NaN confidence level in <see cref="Settings"/> means the plan's.</summary>
internal sealed class EffectPlanAnalysis(ReportAnalysisHeader header) : IReportAnalysis
{
    public string Id => header.Id;

    public required PlanTwoArms Arms { get; init; }

    public required PlanColumn Outcome { get; init; }

    public required EffectSettings Settings { get; init; }

    public ReportSection Run(ReportContext context)
    {
        var table = context.Table(Arms.Dataset);
        SectionPlan.RequireColumns(table, Arms.Dataset, Outcome);
        var arms = SectionPlan.Labelled(SectionPlan.ReadArms(table, Arms), context);
        var settings = double.IsNaN(Settings.ConfidenceLevel) ? Settings with { ConfidenceLevel = context.ConfidenceLevel } : Settings;
        var input = new EffectSectionInput(table, arms, settings, SectionPlan.Source(context, Arms.Dataset)) { Count = n => context.Count(n), OutcomeLabel = context.ColumnText(Arms.Dataset, Outcome.Name) is var l && l != Outcome.Name ? l : null };
        return EffectSection.Build(header.Id, header.Title ?? $"Effect size: {Outcome.Name}", input);
    }
}
