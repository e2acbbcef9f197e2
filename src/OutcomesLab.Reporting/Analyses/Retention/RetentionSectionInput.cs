using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>What the report's retention section analyses: dosing records, the index cohort, the rules, and where they came from (for the methods sentence).</summary>
/// <param name="Records">Dosing or dispensing records.</param>
/// <param name="Cohort">Index patients with their index day and arm.</param>
/// <param name="Options">Episode rules, horizon, reported days (as <c>outcomeslab retention</c>).</param>
/// <param name="Sweep">Permissible gaps of the sensitivity sweep; empty for none.</param>
/// <param name="DosingSource">How the methods name the dosing records, e.g. <c>treatment.csv</c>.</param>
/// <param name="IndexSource">How the methods name the index day, e.g. <c>column "when" of randomization.csv (rows with which=1)</c>.</param>
internal sealed record RetentionSectionInput(DispensingRecords Records, RetentionIndex Cohort, RetentionOptions Options, IReadOnlyList<EpisodeGap> Sweep, string DosingSource, string IndexSource)
{
    /// <summary>Figure size of the gap-sensitivity figure.</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalSingle;

    /// <summary>The run's arm styles, looked up by the group levels (default: by position).</summary>
    public ArmStyles Arms { get; init; } = ArmStyles.Default;

    /// <summary>The methods sentence on how drug codes became medications (null without a medication map).</summary>
    public string? MedicationMapMethods { get; init; }

    /// <summary>Formats a count of patients (the report's small-cell suppression; default the plain number).</summary>
    public Func<int, string> Count { get; init; } = n => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The report's small-cell threshold K for the figure (null: none).</summary>
    public int? SuppressBelow { get; init; }
}
