using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The settings the <c>cox</c> plan kind shares with <c>outcomeslab cox</c> and <c>plot cox</c>, declared once for the plan keys and the CLI options.</summary>
internal static class CoxKeys
{
    /// <summary>Handling of tied event times, R <c>coxph(ties = )</c> (default Efron, as R).</summary>
    public static PlanSetting<TieMethod> Ties { get; } = PlanSettings.Choice(
        "ties",
        TieMethod.Efron,
        "Handling of tied event times (R coxph ties).",
        ("efron", TieMethod.Efron),
        ("breslow", TieMethod.Breslow));
}
