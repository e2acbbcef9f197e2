namespace OutcomesLab.Plotting;

/// <summary>A unit of follow-up time for the x-axis. Months and years are the average Gregorian ones (30.4375 and 365.25 days), as R's lubridate and survminer's <c>xscale = "d_m"</c> use.</summary>
public enum TimeUnit
{
    /// <summary>Days.</summary>
    Days,

    /// <summary>Weeks of 7 days.</summary>
    Weeks,

    /// <summary>Months of 30.4375 days.</summary>
    Months,

    /// <summary>Years of 365.25 days.</summary>
    Years,
}
