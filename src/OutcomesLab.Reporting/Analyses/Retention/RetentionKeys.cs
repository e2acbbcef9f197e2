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
}
