using System.Collections.Immutable;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The <c>uds</c> analysis: weekly urine-screen use-pattern words and their outcomes by arm under the
/// mandatory missing-sample rule, exactly as <c>outcomeslab uds</c> (<see cref="UdsSummary"/>), with the heat-map.
/// </summary>
internal sealed class UdsAnalysisKind : IReportAnalysisKind
{
    public string Type => "uds";

    public string Summary => "Weekly urine-screen use-pattern words (CTNote) and % negative weeks, first positive, longest abstinence, relapse, responders and dropout by arm under a stated missing-sample rule; UDS heat-map (outcomeslab uds).";

    public ImmutableArray<PlanKey> Keys { get; } =
    [
        new("uds", "dataset name", PlanKey.Required, "Urine screen results: one row per substance found positive (patient, day, substance) (--uds)."),
        new("visits", "dataset name", PlanKey.Required, "Visits: a visit without a positive row is a negative sample (--visits)."),
        new("visit_filter", "\"COLUMN=VALUE\"", "none", "Keep only visit rows where a sample was collected, e.g. \"what=visit\" (--visit-filter)."),
        SharedKeys.Id.PlanKey,
        SharedKeys.Day.PlanKey,
        UdsKeys.SubstanceColumn.PlanKey,
        new("substances", "list of text", PlanKey.Required, "Substances that make a sample positive, e.g. [\"Opioid\"] (--substance)."),
        UdsKeys.Weeks.PlanKey,
        UdsKeys.Missing.PlanKey,
        UdsKeys.RelapseWeeks.PlanKey,
        UdsKeys.RelapseFrom.PlanKey,
        UdsKeys.FinalWeeks.PlanKey,
        UdsKeys.DropoutWeeks.PlanKey,
        .. SectionPlan.IndexKeys,
    ];

    public string? Publishes => null;

    public IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys)
    {
        var missing = UdsKeys.Missing.Read(keys)!;
        var (first, last) = UdsKeys.Weeks.Read(keys);
        return new UdsPlanAnalysis(header)
        {
            Uds = keys.Dataset("uds"),
            Visits = keys.Dataset("visits"),
            VisitFilter = SectionPlan.Filter(keys, "visit_filter"),
            Index = SectionPlan.Index(keys),
            Patient = SharedKeys.Id.Read(keys),
            Day = SharedKeys.Day.Read(keys),
            SubstanceColumn = keys.OptionalColumn(UdsKeys.SubstanceColumn.Key) ?? new PlanColumn(UdsKeys.SubstanceColumn.Default, keys.ValueLocation(UdsKeys.SubstanceColumn.Key)),
            Substances = keys.StringList("substances", required: true, minCount: 1),
            FirstWeek = first,
            LastWeek = last,
            Missing = missing,
            Options = new UdsOutcomeOptions
            {
                MissingRule = UdsTables.ParseMissingRule(missing, "missing")!.Value,
                RelapseWeeks = UdsKeys.RelapseWeeks.Read(keys),
                RelapseFromWeek = UdsKeys.RelapseFrom.Read(keys),
                FinalWeeks = UdsKeys.FinalWeeks.Read(keys),
                DropoutWeeks = UdsKeys.DropoutWeeks.Read(keys),
            },
        };
    }
}
