using System.Collections.Immutable;
using OutcomesLab.Survival;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Retention in treatment derived from episodes (<see cref="RetentionAnalysis.Analyze"/>): per-patient
/// arrays aligned with the rows of the <see cref="RetentionIndex"/>, per-group summaries and the
/// Kaplan–Meier curves of time in treatment.
/// </summary>
/// <param name="Patients">Patient identifiers (index order).</param>
/// <param name="Groups">Group of each patient.</param>
/// <param name="Started">True when the patient has a record on or after the index day.</param>
/// <param name="TimeInTreatment">Days from the index day through the last day covered by the first episode (index day counts as day 1), capped at the horizon; 0 when not started. Retained at day D ⇔ time &gt; D, so the Kaplan–Meier Ŝ(D) is the retained proportion when nobody is censored before D.</param>
/// <param name="Dropout">True when the first episode ended and the permissible gap ran out while the patient was observed (the event); false when completed (first episode still running on the completion day), censored (horizon, data end, death) or not started.</param>
/// <param name="EpisodeEnd">Last covered day of the first episode counted from the index day (uncapped), or null when not started.</param>
/// <param name="EpisodeCount">Episodes with coverage on or after the index day.</param>
/// <param name="DaysCovered">Distinct days with medication in the window [index, index + window − 1], window = horizon or the observed period.</param>
/// <param name="ProportionDaysCovered">DaysCovered over the window length (PDC; NaN when the window is empty).</param>
/// <param name="Continuity">True when the first episode lasted at least the continuity threshold from the index day.</param>
/// <param name="MaxDose">Largest dose on or after the index day (within the horizon), NaN when none.</param>
/// <param name="Summaries">One summary per group, in group level order.</param>
/// <param name="KaplanMeier">Kaplan–Meier curves of time in treatment by group (the analysed patients: started, or everyone under intention to treat).</param>
/// <param name="Episodes">All episodes built from the records.</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Notes: patients ignored because they are not in the index, patients who never started.</param>
public sealed record RetentionResult(
    ImmutableArray<string> Patients,
    ImmutableArray<string> Groups,
    ImmutableArray<bool> Started,
    ImmutableArray<double> TimeInTreatment,
    ImmutableArray<bool> Dropout,
    ImmutableArray<int?> EpisodeEnd,
    ImmutableArray<int> EpisodeCount,
    ImmutableArray<int> DaysCovered,
    ImmutableArray<double> ProportionDaysCovered,
    ImmutableArray<bool> Continuity,
    ImmutableArray<double> MaxDose,
    ImmutableArray<RetentionGroupSummary> Summaries,
    KaplanMeierResult KaplanMeier,
    EpisodeTable Episodes,
    RetentionOptions Options,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when patient <paramref name="row"/> was retained at day <paramref name="day"/> (first episode still running on index day + day).</summary>
    /// <param name="row">Index row of the patient.</param>
    /// <param name="day">Days after the index day.</param>
    /// <returns>The indicator (false when not started).</returns>
    public bool RetainedAt(int row, int day) => EpisodeEnd[row] is { } e && e >= day;

    /// <summary>True when patient <paramref name="row"/> completed treatment: still in the first episode on the planned completion day (<see cref="RetentionOptions.CompletionDay"/>), or at the horizon when no completion day is set.</summary>
    /// <param name="row">Index row of the patient.</param>
    /// <returns>The indicator (false when not started, or when neither a completion day nor a horizon is set).</returns>
    public bool Completed(int row) => Options.CompletionDay is { } d
        ? RetainedAt(row, d)
        : Options.Horizon is { } h && RetainedAt(row, h - 1);

    /// <summary>Rows of the patients in the survival analysis: the started ones, or all under intention to treat.</summary>
    /// <returns>Index rows in order.</returns>
    public ImmutableArray<int> AnalysedRows() =>
        [.. Enumerable.Range(0, Patients.Length).Where(i => Options.IntentionToTreat || Started[i])];

    /// <summary>The time in treatment and dropout of the analysed patients, grouped, ready for <see cref="Survival.KaplanMeier"/>, <see cref="LogRankTest"/> and Cox models.</summary>
    /// <param name="options">Group level order; null for sorted order.</param>
    /// <returns>The validated sample (rows as <see cref="AnalysedRows"/>).</returns>
    public SurvivalSample ToSurvivalSample(SurvivalSampleOptions? options = null)
    {
        var rows = AnalysedRows();
        return SurvivalSample.Create(
            [.. rows.Select(i => TimeInTreatment[i])],
            [.. rows.Select(i => Dropout[i])],
            [.. rows.Select(i => Groups[i])],
            options: options);
    }
}
