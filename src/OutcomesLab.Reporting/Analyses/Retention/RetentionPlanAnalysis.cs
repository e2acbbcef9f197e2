using System.Collections.Immutable;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>A validated <c>retention</c> analysis (<see cref="RetentionAnalysisKind"/>).</summary>
internal sealed class RetentionPlanAnalysis(ReportAnalysisHeader header) : IReportAnalysis
{
    public string Id => header.Id;

    public required PlanDatasetRef Dosing { get; init; }

    public required PlanIndex Index { get; init; }

    public required PlanColumn Patient { get; init; }

    public required PlanColumn Day { get; init; }

    public PlanColumn? Dose { get; init; }

    public PlanColumn? DaysSupplied { get; init; }

    public PlanColumn? Medication { get; init; }

    public PlanColumn? CensorDay { get; init; }

    /// <summary>The medication map's full path, or null.</summary>
    public string? MedicationMap { get; init; }

    public required RetentionSettings Settings { get; init; }

    public ImmutableArray<EpisodeGap> Sweep { get; init; } = [];

    public ReportSection Run(ReportContext context)
    {
        var warnings = new List<string>();
        var table = context.Table(Dosing);
        SectionPlan.RequireColumns(table, Dosing, Patient, Day, Dose, DaysSupplied, Medication);
        MedicationMap? map = null;
        if (MedicationMap is not null)
        {
            map = OutcomesLab.IO.MedicationMap.Read(MedicationMap);
            context.AddInput(MedicationMap);
        }

        var records = DispensingRecordsReader.Read(RecordTable.From(table, "dosing"), Patient.Name, Day.Name, Dose?.Name, DaysSupplied?.Name, Medication?.Name, map, d => warnings.Add(d.Message), out var dated);
        if (dated && Settings.DataEnd is not null)
        {
            throw new PlanException(Day.Location, "study days in the dosing data set (data_end is a study day)", $"fill dates in column \"{Day.Name}\"", "Leave data_end out (the data end is then the last covered date of any record), or give the records as study days.");
        }

        var cohort = SectionPlan.ReadIndex(context, Index, Patient, CensorDay, warnings.Add, dated);
        var input = new RetentionSectionInput(records, cohort, Settings.ToOptions("horizon", "completion_day"), Sweep, SectionPlan.Source(context, Dosing), SectionPlan.IndexSource(context, Index))
        {
            Preset = context.FigurePreset,
            MedicationMapMethods = map is null ? null : MapMethods(map, table.RowCount, records.Count),
            Count = n => context.Count(n),
            SuppressBelow = context.SuppressBelow,
            Arms = context.FigureArmsFor(cohort.Groups),
        };
        var built = RetentionSection.Build(header.Id, header.Title ?? "Retention in treatment", input);
        var population = input.Options.IntentionToTreat ? "patients of the index (intention to treat)" : "patients dosed on or after their index day";
        context.Publish(header.Id, built.SubjectColumns, built.SubjectRows, new DerivedDatasetLabels(
            context.DataText(Dosing),
            new Dictionary<string, string>(StringComparer.Ordinal) { ["time"] = "time in treatment (days)", ["event"] = "dropout", ["arm"] = Index.Group is null ? "arm" : context.ColumnText(Index.Dataset, Index.Group.Name) },
            population));
        return built.Section with { Warnings = [.. warnings, .. built.Section.Warnings] };
    }

    private string MapMethods(MedicationMap map, int rows, int kept)
    {
        var strength = map.HasStrength ? "; the dose of each record was the product strength the map gives for its code (mg per unit)" : "";
        return FormattableString.Invariant($"Medications were identified from the drug codes in column \"{Medication!.Name}\" through the map {Path.GetFileName(map.File)} ({map.Count} codes for {string.Join(", ", map.Medications)}; codes matched exactly as text); {rows - kept} of {rows} records had a code not in the map (other drugs) and were excluded{strength}.");
    }
}
