using System.Collections.Immutable;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>A validated <c>uds</c> analysis (<see cref="UdsAnalysisKind"/>).</summary>
internal sealed class UdsPlanAnalysis(ReportAnalysisHeader header) : IReportAnalysis
{
    public string Id => header.Id;

    public required PlanDatasetRef Uds { get; init; }

    public required PlanDatasetRef Visits { get; init; }

    public PlanValue? VisitFilter { get; init; }

    public required PlanIndex Index { get; init; }

    public required PlanColumn Patient { get; init; }

    public required PlanColumn Day { get; init; }

    public required PlanColumn SubstanceColumn { get; init; }

    public required ImmutableArray<string> Substances { get; init; }

    public required int FirstWeek { get; init; }

    public required int LastWeek { get; init; }

    public required string Missing { get; init; }

    public required UdsOutcomeOptions Options { get; init; }

    public ReportSection Run(ReportContext context)
    {
        var warnings = new List<string>();
        var cohort = SectionPlan.ReadIndex(context, Index, Patient, null, warnings.Add);
        var uds = context.Table(Uds);
        SectionPlan.RequireColumns(uds, Uds, Patient, Day, SubstanceColumn);
        var visits = context.Table(Visits);
        SectionPlan.RequireColumns(visits, Visits, Patient, Day);
        if (VisitFilter is { } f)
        {
            SectionPlan.RequireColumns(visits, Visits, new PlanColumn(f.Text[..f.Text.IndexOf('=', StringComparison.Ordinal)], f.Location));
        }

        var words = UdsWordBuilder.Build(
            cohort,
            RecordTable.From(uds, "uds"),
            RecordTable.From(visits, "visits"),
            new UdsWordColumns(Patient.Name, Day.Name, SubstanceColumn.Name, Substances, VisitFilter?.Text, FirstWeek, LastWeek),
            flag => flag.TrimStart('-').Replace('-', '_'));
        var visitSource = SectionPlan.Source(context, Visits) + (VisitFilter is { } v ? $", rows with {v.Text}" : "");
        var input = new UdsSectionInput(words, Options, Missing, SectionPlan.Source(context, Uds), visitSource, SectionPlan.IndexSource(context, Index))
        {
            Preset = context.FigurePreset,
            Count = n => context.Count(n),
        };
        var section = UdsSection.Build(header.Id, header.Title ?? "Urine drug screens", input);
        return section with { Warnings = [.. warnings, .. section.Warnings] };
    }
}
