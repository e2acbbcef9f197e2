using System.Collections.Immutable;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The <c>retention</c> analysis: treatment episodes from dosing or dispensing records by a permissible
/// gap and retention by arm, exactly as <c>outcomeslab retention</c> (<see cref="RetentionAnalysis"/>);
/// publishes the per-subject time in treatment (id, arm, time, event) for <c>km</c> and <c>cox</c>.
/// </summary>
internal sealed class RetentionAnalysisKind : IReportAnalysisKind
{
    public string Type => "retention";

    public string Summary => "Treatment episodes from dosing records by a permissible gap; retained at day D, KM median time in treatment, dropouts, 180-day continuity and PDC by arm; gap-sensitivity table and figure (outcomeslab retention; Hser 2014 definitions).";

    public ImmutableArray<PlanKey> Keys { get; } =
    [
        new("dosing", "dataset name", PlanKey.Required, "Dosing or dispensing records, one row per dose or fill, sorted by patient then day (--dispensing)."),
        new("patient", "column", PlanKey.Required, "Patient column of the dosing and index datasets (--id)."),
        new("day", "column", PlanKey.Required, "Integer study day of each record (--day)."),
        new("dose", "column", "none", "Dose of each record, for the maximum dose per patient (--dose)."),
        new("days_supplied", "column", "1 (daily dosing)", "Days supplied per record (--days-supplied)."),
        new("medication", "column", "none", "Medication of each record, for per-medication gaps and \"switch\" (--medication)."),
        new("gap", "whole number | \"none\" | \"30;methadone=7\"", PlanKey.Required, "Permissible gap: days without medication before an episode ends; \"none\" = first to last dose (--gap). No default: retention depends strongly on it."),
        new("gap_sweep", "list of gaps", "[]", "Also compute retention for each of these gaps: sensitivity table and figure (--gap-sweep), e.g. [7, 14, 30, \"none\"]."),
        RetentionKeys.Switch.PlanKey,
        new("retained_at", "list of whole numbers >= 0", "[90, 180]", "Days after the index day at which retention is reported; the last one is drawn in the gap-sensitivity figure (--retained-at)."),
        RetentionKeys.Horizon.PlanKey,
        RetentionKeys.CompletionDay.PlanKey,
        RetentionKeys.DataEnd.PlanKey,
        new("censor_day", "column", "none", "Column of the index dataset with a day after which the patient is not observed (death, transfer): censored, not dropout (--censor-day)."),
        RetentionKeys.Itt.PlanKey,
        .. SectionPlan.IndexKeys,
    ];

    public string? Publishes => "id, arm, time, event (time in treatment in days; event 1 = dropout, 0 = censored)";

    public IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys)
    {
        var gap = SectionPlan.Gap(keys, "gap")
            ?? throw keys.Error("gap", "the key \"gap\" (a whole number of days, \"none\" or \"30;methadone=7\")", "no such key", "Retention rates depend strongly on the permissible gap, so there is no default: add e.g. \"gap\": 7 or \"gap\": \"none\".");
        return new RetentionPlanAnalysis(header)
        {
            Dosing = keys.Dataset("dosing"),
            Index = SectionPlan.Index(keys),
            Patient = keys.Column("patient"),
            Day = keys.Column("day"),
            Dose = keys.OptionalColumn("dose"),
            DaysSupplied = keys.OptionalColumn("days_supplied"),
            Medication = keys.OptionalColumn("medication"),
            CensorDay = keys.OptionalColumn("censor_day"),
            Settings = new RetentionSettings(
                gap,
                RetentionKeys.Switch.Read(keys),
                SectionPlan.Integers(keys, "retained_at", [90, 180], 0),
                RetentionKeys.Horizon.Read(keys),
                RetentionKeys.CompletionDay.Read(keys),
                RetentionKeys.DataEnd.Read(keys),
                RetentionKeys.Itt.Read(keys)),
            Sweep = SectionPlan.Gaps(keys, "gap_sweep"),
        };
    }
}
