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
        RetentionKeys.Dispensing.PlanKey,
        SharedKeys.Id.PlanKey,
        SharedKeys.Day.PlanKey,
        RetentionKeys.Dose.PlanKey,
        RetentionKeys.DaysSupplied.PlanKey,
        RetentionKeys.Medication.PlanKey,
        RetentionKeys.MedicationMap.PlanKey,
        RetentionKeys.Gap.PlanKey,
        RetentionKeys.GapSweep.PlanKey,
        RetentionKeys.Switch.PlanKey,
        RetentionKeys.Overlap.PlanKey,
        RetentionKeys.RetainedAt.PlanKey,
        RetentionKeys.Horizon.PlanKey,
        RetentionKeys.CompletionDay.PlanKey,
        RetentionKeys.DataEnd.PlanKey,
        RetentionKeys.CensorDay.PlanKey,
        RetentionKeys.Itt.PlanKey,
        .. SectionPlan.IndexKeys,
    ];

    public string? Publishes => "id, arm, time, event (time in treatment in days; event 1 = dropout, 0 = censored)";

    public IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys)
    {
        var gap = RetentionKeys.Gap.Read(keys)
            ?? throw keys.Error("gap", "the key \"gap\" (a whole number of days, \"none\" or \"30;methadone=7\")", "no such key", "Retention rates depend strongly on the permissible gap, so there is no default: add e.g. \"gap\": 7 or \"gap\": \"none\".");
        return new RetentionPlanAnalysis(header)
        {
            Dosing = RetentionKeys.Dispensing.Read(keys),
            Index = SectionPlan.Index(keys),
            Patient = SharedKeys.Id.Read(keys),
            Day = SharedKeys.Day.Read(keys),
            Dose = RetentionKeys.Dose.Read(keys),
            DaysSupplied = RetentionKeys.DaysSupplied.Read(keys),
            Medication = RetentionKeys.Medication.Read(keys),
            MedicationMap = MedicationMapFile(keys),
            CensorDay = RetentionKeys.CensorDay.Read(keys),
            Settings = new RetentionSettings(
                gap,
                RetentionKeys.Switch.Read(keys),
                RetentionKeys.RetainedAt.Read(keys),
                RetentionKeys.Horizon.Read(keys),
                RetentionKeys.CompletionDay.Read(keys),
                RetentionKeys.DataEnd.Read(keys),
                RetentionKeys.Itt.Read(keys))
            {
                Overlap = RetentionKeys.Overlap.Read(keys),
            },
            Sweep = RetentionKeys.GapSweep.Read(keys),
        };
    }

    private static string? MedicationMapFile(PlanObject keys)
    {
        if (RetentionKeys.MedicationMap.Read(keys) is not { } file)
        {
            return null;
        }

        if (RetentionKeys.Medication.Read(keys) is null)
        {
            throw keys.Error("medication_map", "a \"medication\" column holding the drug codes the map translates", $"\"{file}\"", "Add \"medication\": the column of drug codes, or leave medication_map out.");
        }

        var full = Path.GetFullPath(Path.Combine(keys.Document.DataRoot, file));
        if (!File.Exists(full))
        {
            throw keys.Error("medication_map", "an existing medication map (paths are relative to the plan's folder)", $"\"{file}\"", $"No file at {full}. Correct the path.");
        }

        return full;
    }
}
