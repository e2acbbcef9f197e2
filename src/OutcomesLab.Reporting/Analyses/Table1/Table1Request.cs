namespace OutcomesLab.Reporting.Analyses;

/// <summary>What to tabulate (shared with the report's table1 analysis).</summary>
internal sealed record Table1Request(string Group, List<string> Variables, List<string> Categorical, List<string> NonNormal, List<string> Exact, bool PValues, int? SuppressBelow, bool AppearanceOrder)
{
    /// <summary>An explicit order of the arms (the report plan's arms), or null for <see cref="AppearanceOrder"/>/sorted.</summary>
    public IReadOnlyList<string>? GroupOrder { get; init; }
}
