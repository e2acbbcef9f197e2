using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Plans;

/// <summary>
/// The settings that derive numbers from date columns, declared once for the plan keys and the CLI
/// options of every analysis that takes a follow-up time (km, logrank, cox, cif, compare, plot) and of table1 (age).
/// </summary>
internal static class DateKeys
{
    /// <summary>Start date of follow-up; the time is computed from it instead of a time column.</summary>
    public static PlanSetting<string?> TimeFrom { get; } = PlanSettings.OptionalText(
        "time_from",
        "column",
        "Column with the date follow-up starts (ISO 8601 yyyy-MM-dd, or the {date_format} layout): the follow-up time is {time_to} minus it in {time_unit}, instead of a {time} column (R: as.numeric(difftime(end, start, units = \"days\"))).");

    /// <summary>End date of follow-up (event or censoring).</summary>
    public static PlanSetting<string?> TimeTo { get; } = PlanSettings.OptionalText(
        "time_to",
        "column",
        "Column with the date follow-up ends (the event or censoring date); with {time_from}. An end before its start stops with the row named.");

    /// <summary>Unit of a time computed from dates.</summary>
    public static PlanSetting<FollowUpUnit> TimeUnit { get; } = PlanSettings.Choice(
        "time_unit",
        FollowUpUnit.Days,
        "Unit of the time computed from {time_from} and {time_to}: days, weeks (7 days), months (30.4375 days = 365.25 / 12) or years (365.25 days), as lubridate's ddays/dweeks/dmonths/dyears.",
        ("days", FollowUpUnit.Days),
        ("weeks", FollowUpUnit.Weeks),
        ("months", FollowUpUnit.Months),
        ("years", FollowUpUnit.Years));

    /// <summary>Date of birth for an age at index.</summary>
    public static PlanSetting<string?> AgeFrom { get; } = PlanSettings.OptionalText(
        "age_from",
        "column",
        "Column with the date of birth: adds the variable \"age\", completed years at {age_at}, floor(lubridate::time_length(interval(dob, index), \"years\")) (a 29 February birthday falls on 1 March in common years).");

    /// <summary>Index date for an age at index.</summary>
    public static PlanSetting<string?> AgeAt { get; } = PlanSettings.OptionalText(
        "age_at",
        "column",
        "Column with the index date at which {age_from} gives the age (e.g. the randomisation or first-fill date).");
}
