namespace OutcomesLab.IO;

/// <summary>The unit of a follow-up time computed from two dates (CLI and plans: <c>--time-unit</c> / <c>time_unit</c>).</summary>
public enum FollowUpUnit
{
    /// <summary>Days (the default): end minus start in days, a time of day counting as a fraction.</summary>
    Days,

    /// <summary>Weeks of 7 days.</summary>
    Weeks,

    /// <summary>Months of 30.4375 days (365.25 / 12, the mean Julian month, as <c>lubridate::dmonths(1)</c>).</summary>
    Months,

    /// <summary>Years of 365.25 days (the Julian year, as <c>lubridate::dyears(1)</c> and R's <c>survival</c> examples dividing days by 365.25).</summary>
    Years,
}
