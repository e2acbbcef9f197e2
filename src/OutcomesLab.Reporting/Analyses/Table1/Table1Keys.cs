namespace OutcomesLab.Reporting.Analyses;

/// <summary>The settings the <c>table1</c> plan kind shares with <c>outcomeslab table1</c>, declared once for the plan keys and the CLI options.</summary>
internal static class Table1Keys
{
    /// <summary>Add p-values (tableone <c>test = TRUE</c>).</summary>
    public static PlanSetting<bool> PValues { get; } = PlanSettings.Flag(
        "p_values",
        false,
        "Add p-values: one-way ANOVA, Kruskal-Wallis, chi-square (Yates for 2x2) or Fisher (tableone test = TRUE).");
}
