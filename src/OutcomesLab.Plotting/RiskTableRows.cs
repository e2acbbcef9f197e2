namespace OutcomesLab.Plotting;

/// <summary>Which blocks the table under a survival or incidence plot shows (survminer's <c>risk.table</c>, <c>cumevents</c>, <c>cumcensor</c>).</summary>
[Flags]
public enum RiskTableRows
{
    /// <summary>No table.</summary>
    None = 0,

    /// <summary>Number at risk at each x tick.</summary>
    AtRisk = 1,

    /// <summary>Cumulative number of events up to each tick.</summary>
    Events = 2,

    /// <summary>Cumulative number censored up to each tick.</summary>
    Censored = 4,
}
