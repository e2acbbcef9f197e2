using OutcomesLab.Inference;
using OutcomesLab.IO;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>What the report's compare section analyses: two arms of a cohort table on several outcome domains.</summary>
/// <param name="Table">The cohort table.</param>
/// <param name="Arms">The arm of every row.</param>
/// <param name="Outcomes">The validated outcome specifications (inline in the plan or from a specification file).</param>
/// <param name="Adjust">Adjustment of the p-values across outcomes (R <c>p.adjust</c>; default Holm).</param>
/// <param name="ConfidenceLevel">Confidence level.</param>
/// <param name="Source">How the methods name the data.</param>
/// <param name="SpecSource">How the methods name the outcome specification, e.g. <c>compare_outcomes.json</c> or <c>the analysis plan</c>.</param>
internal sealed record CompareSectionInput(CohortTable Table, Arms Arms, IReadOnlyList<OutcomeSpec> Outcomes, PAdjustMethod Adjust, double ConfidenceLevel, string Source, string SpecSource)
{
    /// <summary>Figure size of the forest plot (default the double journal column).</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalDouble;

    /// <summary>Formats a count of patients (the report's small-cell suppression; default the plain number).</summary>
    public Func<int, string> Count { get; init; } = n => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
