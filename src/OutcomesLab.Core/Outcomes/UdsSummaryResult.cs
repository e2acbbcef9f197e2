using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>Urine-screen outcomes per patient (index order, parallel arrays) and per group.</summary>
/// <param name="Patients">Patient identifiers.</param>
/// <param name="Groups">Group of each patient.</param>
/// <param name="Words">Raw use-pattern word of each patient.</param>
/// <param name="NegativeWeeks">Negative weeks in the window per patient.</param>
/// <param name="CountedWeeks">Counted weeks in the window per patient.</param>
/// <param name="FirstPositive">Time to first positive week per patient.</param>
/// <param name="LongestNegativeRun">Longest run of negative weeks per patient.</param>
/// <param name="Relapse">Time to relapse per patient.</param>
/// <param name="AbstinentFinal">Responder (abstinent in the final weeks) per patient.</param>
/// <param name="Dropout">Time to study dropout per patient.</param>
/// <param name="Summaries">One summary per group, in sorted group order.</param>
/// <param name="Options">The outcome definitions used.</param>
public sealed record UdsSummaryResult(
    ImmutableArray<string> Patients,
    ImmutableArray<string> Groups,
    ImmutableArray<string> Words,
    ImmutableArray<int> NegativeWeeks,
    ImmutableArray<int> CountedWeeks,
    ImmutableArray<UdsTimeToEvent> FirstPositive,
    ImmutableArray<int> LongestNegativeRun,
    ImmutableArray<UdsTimeToEvent> Relapse,
    ImmutableArray<bool> AbstinentFinal,
    ImmutableArray<UdsTimeToEvent> Dropout,
    ImmutableArray<UdsGroupSummary> Summaries,
    UdsOutcomeOptions Options);
