namespace OutcomesLab.IO;

/// <summary>How the event (status) column of a cohort is coded.</summary>
public enum EventKind
{
    /// <summary>
    /// Event or censored: 0/1, TRUE/FALSE, T/F or yes/no (case-insensitive), or, with
    /// <see cref="ColumnRoles.EventValue"/>, "event when the column equals V" as R's <c>Surv(time, status == 2)</c>.
    /// </summary>
    Binary,

    /// <summary>
    /// Competing risks: a non-negative integer code per row, 0 = censored and k &gt;= 1 = cause k,
    /// as <c>fstatus</c> with <c>cencode = 0</c> in cmprsk's <c>cuminc</c>.
    /// </summary>
    Codes,
}
