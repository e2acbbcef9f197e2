using System.Collections.Immutable;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The settings the <c>table1</c> plan kind shares with <c>outcomeslab table1</c>, declared once for the plan keys and the CLI options.</summary>
internal static class Table1Keys
{
    /// <summary>Add p-values (tableone <c>test = TRUE</c>).</summary>
    public static PlanSetting<bool> PValues { get; } = PlanSettings.Flag(
        "p_values",
        false,
        "Add p-values: one-way ANOVA, Kruskal-Wallis, chi-square (Yates for 2x2) or Fisher (tableone test = TRUE).");

    /// <summary>The columns summarised, in table order.</summary>
    public static PlanSetting<ImmutableArray<PlanColumn>> Variables { get; } = PlanSettings.Structured(
        "variables",
        "list of columns",
        PlanKey.Required,
        "Columns to summarise, in table order: numeric columns as continuous, text columns as categorical.",
        (keys, key) => keys.ColumnList(key, required: true, minCount: 1));

    /// <summary>Numeric columns taken as categorical (tableone <c>factorVars</c>).</summary>
    public static PlanSetting<ImmutableArray<PlanColumn>> Categorical { get; } = PlanSettings.Structured(
        "categorical",
        "list of columns",
        "none",
        "Numeric columns of {variables} to treat as categorical (codes such as 0/1 or 1..5; tableone factorVars).",
        (keys, key) => keys.ColumnList(key));

    /// <summary>Continuous columns shown as median [Q1, Q3] (tableone <c>nonnormal</c>).</summary>
    public static PlanSetting<ImmutableArray<PlanColumn>> NonNormal { get; } = PlanSettings.Structured(
        "nonnormal",
        "list of columns",
        "none",
        "Continuous columns of {variables} shown as median [Q1, Q3] and tested with Kruskal-Wallis (tableone nonnormal).",
        (keys, key) => keys.ColumnList(key));

    /// <summary>Categorical columns tested with Fisher's exact test (tableone <c>exact</c>).</summary>
    public static PlanSetting<ImmutableArray<PlanColumn>> Exact { get; } = PlanSettings.Structured(
        "exact",
        "list of columns",
        "none",
        "Categorical columns of {variables} tested with Fisher's exact test (2x2 tables only) instead of chi-square (tableone exact).",
        (keys, key) => keys.ColumnList(key));

    /// <summary>Variables summarised within each arm only (no overall column, p or SMD).</summary>
    public static PlanSetting<ImmutableArray<PlanColumn>> WithinArms { get; } = PlanSettings.Structured(
        "within_arms",
        "list of columns",
        "none",
        "Columns of {variables} summarised within each arm only, with no overall column, p-value or SMD: a variable whose values are not on one scale across arms, such as the dose of each arm's own medication (mg of methadone, buprenorphine and XR-naltrexone are not comparable).",
        (keys, key) => keys.ColumnList(key));

    /// <summary>Order of arms and levels.</summary>
    public static PlanSetting<bool> AppearanceOrder { get; } = PlanSettings.Choice(
        "order",
        false,
        "Order of arms and levels: sorted (numeric codes numerically, text alphabetically, as R's factor and tableone) or appearance (order of first appearance in the file).",
        ("sorted", false),
        ("appearance", true));
}
