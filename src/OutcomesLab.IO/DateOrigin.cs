namespace OutcomesLab.IO;

/// <summary>How a numeric column used where a date is required is read (CLI: <c>--date-origin</c>).</summary>
public enum DateOrigin
{
    /// <summary>Numbers are never taken as dates (the default): a date role needs a date column.</summary>
    None,

    /// <summary>
    /// Excel's 1900 date system (Windows Excel's default): serial 1 is 1900-01-01. Excel counts the
    /// non-existent 1900-02-29 as serial 60 (the Lotus 1-2-3 leap-year bug, Microsoft KB 214326), so
    /// serial 60 is refused and serials below 60 are shifted one day later than a plain count; from
    /// serial 61 (1900-03-01) on, the date is 1899-12-30 plus the serial, as R's
    /// <c>as.Date(x, origin = "1899-12-30")</c>. A fraction is the time of day.
    /// </summary>
    Excel,
}
