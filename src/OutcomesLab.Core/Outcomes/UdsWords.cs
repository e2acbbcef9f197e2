using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Weekly use-pattern words, one per patient of the index: character j describes week
/// <c>FirstWeek + j</c>: <c>+</c> positive, <c>-</c> negative, <c>o</c> missing (no sample),
/// <c>*</c> mixed (positive and negative samples in the same week), the legend of the CTNote
/// package (Odom, Brandt et al.; "use pattern word").
/// </summary>
/// <param name="Patients">Patient identifiers (index order).</param>
/// <param name="Groups">Group of each patient.</param>
/// <param name="Words">The use-pattern word of each patient (all of length LastWeek − FirstWeek + 1).</param>
/// <param name="Options">The options used.</param>
public sealed record UdsWords(
    ImmutableArray<string> Patients,
    ImmutableArray<string> Groups,
    ImmutableArray<string> Words,
    UdsWordOptions Options);
