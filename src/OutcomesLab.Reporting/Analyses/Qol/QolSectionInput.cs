using OutcomesLab.IO;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>What the report's qol section analyses: EQ-5D responses of a wide cohort table at one or more time points, by arm.</summary>
/// <param name="Table">The cohort table.</param>
/// <param name="Group">Arm column.</param>
/// <param name="Instrument"><c>eq5d-5l</c>, <c>eq5d-3l</c> or <c>eq5d-5l-crosswalk</c>.</param>
/// <param name="ValueSet">Value-set name (see <c>outcomeslab qol value-sets</c>), or null for the instrument's default.</param>
/// <param name="TimePoints">Assessments in time order; the first is the baseline of the change scores.</param>
/// <param name="Source">How the methods name the data, e.g. <c>simulated_cohort.csv</c>.</param>
internal sealed record QolSectionInput(CohortTable Table, string Group, string Instrument, string? ValueSet, IReadOnlyList<QolTimePoint> TimePoints, string Source)
{
    /// <summary>Responder threshold on the index; null for the tabulated MID of the instrument and value set (responders are left out, with a warning, when none is tabulated).</summary>
    public double? Mid { get; init; }

    /// <summary>Reliability r of the index for the Jacobson–Truax reliable change index; null for no reliable-change analysis.</summary>
    public double? Reliability { get; init; }

    /// <summary>Confidence level of the t-based intervals of means.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Orders the arm levels for tables and figures (default: sorted, ordinal).</summary>
    public Func<IEnumerable<string>, IReadOnlyList<string>> OrderArms { get; init; } = levels => [.. levels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The display label of an arm level (default: the level).</summary>
    public Func<string, string> ArmLabel { get; init; } = level => level;

    /// <summary>The run's arm styles, looked up by the arm labels the figures show (default: by position).</summary>
    public ArmStyles Arms { get; init; } = ArmStyles.Default;

    /// <summary>Figure size.</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalSingle;

    /// <summary>Formats a count of patients (the report's small-cell suppression; default the plain number).</summary>
    public Func<int, string> Count { get; init; } = n => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
