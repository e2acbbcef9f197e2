using System.Collections.Immutable;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>A validated <c>qol</c> analysis (<see cref="QolAnalysisKind"/>).</summary>
internal sealed class QolPlanAnalysis(ReportAnalysisHeader header) : IReportAnalysis
{
    public string Id => header.Id;

    public required PlanDatasetRef Dataset { get; init; }

    public required PlanColumn Group { get; init; }

    public required string Instrument { get; init; }

    public string? ValueSet { get; init; }

    public required ImmutableArray<PlanQolTimePoint> TimePoints { get; init; }

    public double? Mid { get; init; }

    public double? Reliability { get; init; }

    public double? ConfidenceLevel { get; init; }

    public ReportSection Run(ReportContext context)
    {
        var table = context.Table(Dataset);
        SectionPlan.RequireColumns(table, Dataset, [Group, .. TimePoints.SelectMany(p => p.Items), .. TimePoints.Select(p => p.Vas)]);
        var input = new QolSectionInput(
            table,
            Group.Name,
            Instrument,
            ValueSet,
            [.. TimePoints.Select(p => new QolTimePoint(p.Label, [.. p.Items.Select(c => c.Name)], p.Vas?.Name, p.Time))],
            SectionPlan.Source(context, Dataset))
        {
            Mid = Mid,
            Reliability = Reliability,
            ConfidenceLevel = ConfidenceLevel ?? context.ConfidenceLevel,
            Preset = context.FigurePreset,
            Count = n => context.Count(n),
            OrderArms = context.OrderArms,
            ArmLabel = context.ArmLabel,
            Arms = context.FigureArmsByLabel,
        };
        return QolSection.Build(header.Id, header.Title ?? "Quality of life (EQ-5D)", input);
    }
}
