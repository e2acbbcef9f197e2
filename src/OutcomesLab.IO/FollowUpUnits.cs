namespace OutcomesLab.IO;

/// <summary>Lengths and names of the <see cref="FollowUpUnit"/> values.</summary>
public static class FollowUpUnits
{
    /// <summary>Days in one unit: 1, 7, 30.4375 (= 365.25 / 12) or 365.25 (lubridate's <c>ddays</c>, <c>dweeks</c>, <c>dmonths</c>, <c>dyears</c>).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The length in days.</returns>
    public static double DaysPer(FollowUpUnit unit) => unit switch
    {
        FollowUpUnit.Days => 1,
        FollowUpUnit.Weeks => 7,
        FollowUpUnit.Months => 30.4375,
        FollowUpUnit.Years => 365.25,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };

    /// <summary>The lower-case plural name used on the command line and in plans (days, weeks, months, years).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The name.</returns>
    public static string Name(FollowUpUnit unit) => unit switch
    {
        FollowUpUnit.Days => "days",
        FollowUpUnit.Weeks => "weeks",
        FollowUpUnit.Months => "months",
        FollowUpUnit.Years => "years",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };

    /// <summary>
    /// The sentence stating how a time was computed from two dates, for outputs and methods text, e.g.
    /// "time = (end_date - start_date) in months of 30.4375 days (365.25 / 12)".
    /// </summary>
    /// <param name="from">The start-date column.</param>
    /// <param name="to">The end-date column.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The statement.</returns>
    public static string Statement(string from, string to, FollowUpUnit unit) => unit switch
    {
        FollowUpUnit.Days => $"time = {to} - {from} in days",
        FollowUpUnit.Weeks => $"time = ({to} - {from}) in days / 7 (weeks)",
        FollowUpUnit.Months => $"time = ({to} - {from}) in days / 30.4375 (months of 365.25 / 12 days)",
        FollowUpUnit.Years => $"time = ({to} - {from}) in days / 365.25 (years)",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };
}
