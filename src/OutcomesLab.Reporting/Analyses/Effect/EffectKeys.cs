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

    /// <summary>The outcome column.</summary>
    public static PlanSetting<PlanColumn> Outcome { get; } = PlanSettings.RequiredColumn(
        "outcome",
        "Column with the outcome: numbers for the mean-difference and rank measures, 0/1 (or see {event_value}) for the 2x2 measures.");

    /// <summary>The effect measure (required: no default).</summary>
    public static PlanSetting<string> Measure { get; } = new(
        "measure",
        string.Join(" | ", EffectSettings.Measures.Select(m => $"\"{m}\"")),
        PlanKey.Required,
        "The effect measure: " + string.Join(", ", EffectSettings.Measures) + ".",
        "",
        [.. EffectSettings.Measures.Select(m => (m, m))],
        (keys, s) => keys.RequiredChoice(s.PresentKey(keys), [.. s.Choices]))
    { OptionIgnoresCase = true };

    /// <summary>The outcome value meaning event for the 2x2 measures.</summary>
    public static PlanSetting<string?> EventValue { get; } = PlanSettings.Structured(
        "event_value",
        "text",
        "none (0/1, TRUE/FALSE, yes/no)",
        "For the 2x2 measures: the outcome value that means event (like R's y == 3); every other non-missing value is a non-event.",
        (keys, key) => keys.OptionalString(key));

    /// <summary>The interval method; its default depends on the measure.</summary>
    public static PlanSetting<string?> CiMethod { get; } = new(
        "ci_method",
        "\"exact\" | \"normal\" | \"newcombe\" | \"wald\"",
        "\"exact\" (SMDs), \"newcombe\" (RD, NNT)",
        "Interval: noncentral t (exact, as effectsize; default) or normal for cohens-d, hedges-g, glass-delta and cohens-d-unpooled; Newcombe hybrid score (default) or Wald for risk-difference and nnt.",
        null,
        [("exact", "exact"), ("normal", "normal"), ("newcombe", "newcombe"), ("wald", "wald")],
        (keys, s) => keys.Choice(s.PresentKey(keys), s.Default, [.. s.Choices]));
}
