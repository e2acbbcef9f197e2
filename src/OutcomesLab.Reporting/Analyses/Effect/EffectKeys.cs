using OutcomesLab.EffectSizes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The settings the <c>effect</c> plan kind shares with <c>outcomeslab effect</c>, declared once for the plan keys and the CLI options.</summary>
internal static class EffectKeys
{
    /// <summary>Continuity correction of the 2x2 measures (default as metafor <c>to="only0"</c>).</summary>
    public static PlanSetting<ContinuityCorrection> Correction { get; } = PlanSettings.Choice(
        "correction",
        ContinuityCorrection.IfAnyZero,
        "Continuity correction of 1/2 for OR, RR and the Wald RD (metafor to=\"only0\", \"all\", \"none\").",
        ("if-zero", ContinuityCorrection.IfAnyZero),
        ("always", ContinuityCorrection.Always),
        ("none", ContinuityCorrection.None)) with
    { PlanNamesOption = true };

    /// <summary>The event is harmful: a negative risk difference is a benefit (NNTB/NNTH labels).</summary>
    public static PlanSetting<bool> HarmfulEvent { get; } = PlanSettings.Flag(
        "harmful_event",
        false,
        "The event is harmful (relapse, death): a negative risk difference is a benefit, labelling the NNT as NNTB/NNTH.") with
    { PlanNamesOption = true };
}
