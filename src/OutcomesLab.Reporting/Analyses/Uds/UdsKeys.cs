namespace OutcomesLab.Reporting.Analyses;

/// <summary>The settings the <c>uds</c> plan kind shares with <c>outcomeslab uds</c> and <c>plot uds-heatmap</c>, declared once for the plan keys and the CLI options.</summary>
internal static class UdsKeys
{
    /// <summary>Column naming the positive substance (default <c>what</c>, as in the CTN-0094 tables).</summary>
    public static PlanSetting<string> SubstanceColumn { get; } = PlanSettings.Text(
        "substance_column",
        "column",
        "what",
        "Column of the uds dataset naming the positive substance.") with
    { PlanNamesOption = true };

    /// <summary>Consecutive positive weeks that define relapse (CTN-0094, Lee 2018: 4).</summary>
    public static PlanSetting<int> RelapseWeeks { get; } = PlanSettings.Integer("relapse_weeks", 4, 1, "Consecutive positive weeks that define relapse (CTN-0094, Lee 2018: 4).") with { PlanNamesOption = true };

    /// <summary>Earliest week a relapse run may start.</summary>
    public static PlanSetting<int> RelapseFrom { get; } = PlanSettings.Integer("relapse_from", 1, 1, "Earliest week a relapse run may start.") with { PlanNamesOption = true };

    /// <summary>Final weeks that must be negative for a responder.</summary>
    public static PlanSetting<int> FinalWeeks { get; } = PlanSettings.Integer("final_weeks", 4, 1, "Final weeks that must be negative for a responder.") with { PlanNamesOption = true };

    /// <summary>Consecutive missing weeks that define study dropout.</summary>
    public static PlanSetting<int> DropoutWeeks { get; } = PlanSettings.Integer("dropout_weeks", 4, 1, "Consecutive missing weeks that define study dropout.") with { PlanNamesOption = true };
}
