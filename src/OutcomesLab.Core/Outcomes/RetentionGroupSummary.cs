using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>The retention summary of one group.</summary>
/// <param name="Group">The group label.</param>
/// <param name="N">Patients with a record on or after their index day (started treatment).</param>
/// <param name="NNotStarted">Patients in the index without such a record.</param>
/// <param name="RetainedAt">Retention at each requested day.</param>
/// <param name="MedianDays">Kaplan–Meier median time in treatment (days), or null when not reached.</param>
/// <param name="NDropout">Dropouts observed (events) among the analysed patients.</param>
/// <param name="NContinuity">Patients whose first episode lasted at least <see cref="RetentionOptions.ContinuityDays"/> days.</param>
/// <param name="MeanProportionDaysCovered">Mean proportion of days covered over the analysed patients with a defined window (NaN when none).</param>
public sealed record RetentionGroupSummary(
    string Group,
    int N,
    int NNotStarted,
    ImmutableArray<RetentionRetainedAt> RetainedAt,
    double? MedianDays,
    int NDropout,
    int NContinuity,
    double MeanProportionDaysCovered);
