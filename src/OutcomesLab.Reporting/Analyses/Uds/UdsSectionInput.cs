using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>What the report's uds section analyses: the weekly use-pattern words, the outcome rules, and where the screens came from.</summary>
/// <param name="Words">One word per index patient (<see cref="UdsUsePattern.Build"/>).</param>
/// <param name="Options">Missing-sample rule (mandatory) and the relapse, responder and dropout definitions.</param>
/// <param name="Missing">The rule as the user wrote it: positive, negative or missing.</param>
/// <param name="UdsSource">How the methods name the urine-screen records, e.g. <c>uds.csv</c>.</param>
/// <param name="VisitSource">How the methods name the visits, e.g. <c>visit.csv (rows with what=visit)</c>.</param>
/// <param name="IndexSource">How the methods name the index day.</param>
internal sealed record UdsSectionInput(UdsWords Words, UdsOutcomeOptions Options, string Missing, string UdsSource, string VisitSource, string IndexSource)
{
    /// <summary>Figure size of the heat-map.</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalSingle;

    /// <summary>Formats a count of patients (the report's small-cell suppression; default the plain number).</summary>
    public Func<int, string> Count { get; init; } = n => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
