namespace OutcomesLab.Reporting.Analyses;

/// <summary>What to tabulate (shared with the report's table1 analysis).</summary>
internal sealed record Table1Request(string Group, List<string> Variables, List<string> Categorical, List<string> NonNormal, List<string> Exact, bool PValues, int? SuppressBelow, bool AppearanceOrder)
{
    /// <summary>An explicit order of the arms (the report plan's arms), or null for <see cref="AppearanceOrder"/>/sorted.</summary>
    public IReadOnlyList<string>? GroupOrder { get; init; }

    /// <summary>Variables summarised within each arm only: no overall column, p or SMD (e.g. a dose whose unit differs by arm's medication).</summary>
    public IReadOnlyCollection<string> WithinArms { get; init; } = [];

    /// <summary>How the table names a variable (its label), by default the column name.</summary>
    public Func<string, string> VariableLabel { get; init; } = name => name;

    /// <summary>How the table names a level of a variable (its label), by default the level.</summary>
    public Func<string, string, string> LevelLabel { get; init; } = (_, level) => level;
}
