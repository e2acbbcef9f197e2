using System.Collections.Immutable;

namespace OutcomesLab.Tables;

/// <summary>A Table 1 (baseline characteristics by arm), as R tableone's <c>CreateTableOne(strata =)</c> with <c>smd = TRUE</c>.</summary>
/// <param name="Groups">Arms in table order.</param>
/// <param name="GroupCounts">Subjects per arm (the "n" header row).</param>
/// <param name="OverallCount">Subjects in all arms.</param>
/// <param name="ExcludedMissingGroup">Subjects left out because their arm is missing.</param>
/// <param name="Variables">One block per variable, in the order given.</param>
/// <param name="Diagnostics">Caveats: excluded subjects, undefined SMDs, levels seen in one arm only, small expected counts, arms with all values missing.</param>
public sealed record BaselineTableResult(
    ImmutableArray<string> Groups,
    ImmutableArray<int> GroupCounts,
    int OverallCount,
    int ExcludedMissingGroup,
    ImmutableArray<BaselineVariableSummary> Variables,
    ImmutableArray<Diagnostic> Diagnostics);
