using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>What the report's effect section computes: one effect size of one outcome between two arms of a cohort table.</summary>
/// <param name="Table">The cohort table.</param>
/// <param name="Arms">The arm of every row (<see cref="ArmColumn.Read(CohortTable, string, string, string, Func{string, string})"/>).</param>
/// <param name="Settings">Measure, outcome, confidence level and interval method, as <c>outcomeslab effect</c>.</param>
/// <param name="Source">How the methods name the data, e.g. <c>simulated_cohort.csv</c>.</param>
internal sealed record EffectSectionInput(CohortTable Table, Arms Arms, EffectSettings Settings, string Source)
{
    /// <summary>How the text names the outcome: its column label from the plan, else null for the quoted column name.</summary>
    public string? OutcomeLabel { get; init; }

    /// <summary>Formats a count of patients (the report's small-cell suppression; default the plain number).</summary>
    public Func<int, string> Count { get; init; } = n => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
