using System.Collections.Immutable;
using OutcomesLab.Inference;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>A validated <c>compare</c> analysis (<see cref="CompareAnalysisKind"/>).</summary>
internal sealed class ComparePlanAnalysis(ReportAnalysisHeader header) : IReportAnalysis
{
    public string Id => header.Id;

    public required PlanTwoArms Arms { get; init; }

    public required ImmutableArray<OutcomeSpec> Outcomes { get; init; }

    public required string SpecSource { get; init; }

    public PAdjustMethod Adjust { get; init; } = PAdjustMethod.Holm;

    public double? ConfidenceLevel { get; init; }

    public ReportSection Run(ReportContext context)
    {
        var table = context.Table(Arms.Dataset);
        var arms = SectionPlan.Labelled(SectionPlan.ReadArms(table, Arms), context);
        var input = new CompareSectionInput(table, arms, Outcomes, Adjust, ConfidenceLevel ?? context.ConfidenceLevel, SectionPlan.Source(context, Arms.Dataset), SpecSource)
        {
            Preset = context.FigurePreset,
            Count = n => context.Count(n),
        };
        return CompareSection.Build(header.Id, header.Title ?? $"Outcome domains: {arms.Treatment} vs {arms.Control}", input);
    }
}
