namespace OutcomesLab.Survival;

/// <summary>
/// Options of <see cref="SurvivalSample"/> that change how groups and strata are ordered, which
/// changes the reference group and the order of every per-group result (as R's factor levels do).
/// </summary>
/// <param name="GroupLevels">Explicit order of group levels (the first is the reference), or null for the default order of <see cref="Factor"/>.</param>
/// <param name="StrataLevels">Explicit order of strata levels, or null for the default order.</param>
public sealed record SurvivalSampleOptions(
    IReadOnlyList<string>? GroupLevels = null,
    IReadOnlyList<string>? StrataLevels = null);
