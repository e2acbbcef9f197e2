using System.Collections.Immutable;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The settings the <c>retention</c> plan kind shares with <c>outcomeslab retention</c>, <c>episodes</c> and <c>plot gap-sensitivity</c>, declared once for the plan keys and the CLI options.</summary>
internal static class RetentionKeys
{
    /// <summary>Whether a change of medication continues the episode (default) or starts a new one.</summary>
    public static PlanSetting<EpisodeSwitchRule> Switch { get; } = PlanSettings.Choice(
        "switch",
        EpisodeSwitchRule.Continuous,
        "Whether a change of medication continues the episode or starts a new one.",
        ("continuous", EpisodeSwitchRule.Continuous),
        ("new-episode", EpisodeSwitchRule.NewEpisode)) with
    { PlanNamesOption = true };

    /// <summary>How overlapping supplies count (default none, the behaviour before the setting existed: shift would change existing numbers).</summary>
    public static PlanSetting<EpisodeOverlapRule> Overlap { get; } = PlanSettings.Choice(
        "overlap",
        EpisodeOverlapRule.None,
        "Overlapping supplies: none counts overlapping days once (an early refill's surplus is lost); shift carries the surplus forward, the Pharmacy Quality Alliance PDC convention. Changes episode ends and gaps (so time in treatment, retention, continuity), days covered and PDC.",
        ("none", EpisodeOverlapRule.None),
        ("shift", EpisodeOverlapRule.Shift)) with
    { PlanNamesOption = true };

    /// <summary>Follow-up horizon in days (time in treatment capped at it).</summary>
    public static PlanSetting<int?> Horizon { get; } = PlanSettings.OptionalInteger(
        "horizon",
        "whole number >= 1",
        "none",
        "Follow-up horizon in days: time in treatment is capped at it, e.g. 168 for 24 weeks.",
        min: 1) with
    { PlanNamesOption = true };

    /// <summary>Planned end of treatment in days after the index day (Hser 2014: 161).</summary>
    public static PlanSetting<int?> CompletionDay { get; } = PlanSettings.OptionalInteger(
        "completion_day",
        "whole number >= 1, below horizon",
        "none",
        "Planned end of treatment in days after the index day: a patient whose first episode still runs on this day has completed and is censored, not a dropout (Hser 2014: 161 with horizon 168); without it, reaching the horizon completes.",
        min: 1) with
    { PlanNamesOption = true };

    /// <summary>Last study day of the data (default: the last covered day of any record).</summary>
    public static PlanSetting<int?> DataEnd { get; } = PlanSettings.OptionalInteger(
        "data_end",
        "whole number",
        "last covered day",
        "Last study day of the data; episodes whose gap has not run out by then are censored.") with
    { PlanNamesOption = true };

    /// <summary>Intention to treat: index patients without a dose count as not retained.</summary>
    public static PlanSetting<bool> Itt { get; } = PlanSettings.Flag(
        "itt",
        false,
        "Intention to treat: index patients without a dose on or after the index day count as not retained.") with
    { PlanNamesOption = true };

    /// <summary>The dosing or dispensing records: plan <c>dispensing</c> (a dataset; earlier <c>dosing</c>), CLI <c>--dispensing</c> (a file).</summary>
    public static PlanSetting<PlanDatasetRef> Dispensing { get; } = PlanSettings.Dataset(
        "dispensing",
        "Dosing or dispensing records, one row per dose or fill, sorted by patient then day.") with
    { PlanAliases = ["dosing"] };

    /// <summary>The dose column (maximum dose per patient or episode).</summary>
    public static PlanSetting<PlanColumn?> Dose { get; } = PlanSettings.Column(
        "dose",
        "Column with the dose of each record (for the maximum dose per patient and episode).");

    /// <summary>The days-supplied column (default one day per record).</summary>
    public static PlanSetting<PlanColumn?> DaysSupplied { get; } = PlanSettings.Column(
        "days_supplied",
        "Column with the days supplied per record (default: 1, daily dosing).");

    /// <summary>The medication column (per-medication gaps and the switch rule).</summary>
    public static PlanSetting<PlanColumn?> Medication { get; } = PlanSettings.Column(
        "medication",
        "Column with the medication of each record (for per-medication gaps and {switch}).");

    /// <summary>A drug-code map: plan <c>medication_map</c> (relative to the plan's folder), CLI <c>--medication-map</c>.</summary>
    public static PlanSetting<string?> MedicationMap { get; } = PlanSettings.OptionalText(
        "medication_map",
        "path",
        "CSV (or Parquet) map from the drug codes in the {medication} column to medications: columns code, medication and optionally strength (mg per unit, then the dose of each record). Codes are read as text and matched exactly (no NDC/ATC layout is guessed); records with a code the map lacks are left out and listed in a warning. In a plan the path is relative to the plan's folder.");

    /// <summary>The censoring-day column of the index file.</summary>
    public static PlanSetting<PlanColumn?> CensorDay { get; } = PlanSettings.Column(
        "censor_day",
        "Column of the index file with a day after which the patient is not observed (death, transfer): censored, not dropout.");

    /// <summary>The permissible gap; required (no default, retention depends strongly on it) unless a sweep is given on the command line.</summary>
    public static PlanSetting<EpisodeGap?> Gap { get; } = PlanSettings.Structured(
        "gap",
        "whole number | \"none\" | \"30;methadone=7\"",
        PlanKey.Required,
        "Permissible gap: days without medication before an episode ends (e.g. 14), none (one episode from first to last dose), or per medication: 30;methadone=7. No default: retention depends strongly on it.",
        (keys, key) => SectionPlan.Gap(keys, key));

    /// <summary>The gaps of a sensitivity sweep.</summary>
    public static PlanSetting<ImmutableArray<EpisodeGap>> GapSweep { get; } = PlanSettings.Structured(
        "gap_sweep",
        "list of gaps",
        "none",
        "Also compute retention for each of these gaps, e.g. 7,14,30,none: the sensitivity table and figure.",
        (keys, key) => SectionPlan.Gaps(keys, key));

    /// <summary>Days at which retention is reported (default 90 and 180; the gap-sensitivity figure draws the last).</summary>
    public static PlanSetting<ImmutableArray<int>> RetainedAt { get; } = new(
        "retained_at",
        "list of whole numbers >= 0",
        "90, 180",
        "Days after the index day at which retention is reported; the gap-sensitivity figure draws the last one.",
        [90, 180],
        [],
        (keys, s) => SectionPlan.Integers(keys, s.PresentKey(keys), s.Default, 0));
}
