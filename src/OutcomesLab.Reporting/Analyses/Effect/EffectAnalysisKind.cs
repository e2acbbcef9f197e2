using System.Collections.Immutable;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The <c>effect</c> analysis: one effect size of one outcome between two arms, exactly as <c>outcomeslab effect</c> (<see cref="EffectComputation"/>).</summary>
internal sealed class EffectAnalysisKind : IReportAnalysisKind
{
    public string Type => "effect";

    public string Summary => "One effect size with its CI between two arms: Cohen's d, Hedges' g, Glass's delta (noncentral-t CIs as R effectsize), mean difference, rank-biserial, Cliff's delta; OR, RR, RD (Newcombe), NNT as metafor escalc (outcomeslab effect).";

    public ImmutableArray<PlanKey> Keys { get; } =
    [
        .. SectionPlan.TwoArmKeys,
        new("outcome", "column", PlanKey.Required, "Outcome column: numbers for the mean-difference and rank measures, 0/1 (or see \"event_value\") for the 2x2 measures (--outcome)."),
        new("measure", string.Join(" | ", EffectSettings.Measures.Select(m => $"\"{m}\"")), PlanKey.Required, "The effect measure (--measure)."),
        new("event_value", "text", "none (0/1, TRUE/FALSE, yes/no)", "For the 2x2 measures: the outcome value that means event, like R's y == 3 (--event-value)."),
        new("ci_method", "\"exact\" | \"normal\" | \"newcombe\" | \"wald\"", "\"exact\" (SMDs), \"newcombe\" (RD, NNT)", "Interval: noncentral t (exact, as effectsize) or normal for the standardised mean differences; Newcombe hybrid score or Wald for the risk difference and NNT (--ci-method)."),
        EffectKeys.Correction.PlanKey,
        EffectKeys.HarmfulEvent.PlanKey,
        SharedKeys.ConfidenceLevelOf("this analysis"),
    ];

    public string? Publishes => null;

    public IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys)
    {
        var measure = keys.RequiredChoice("measure", [.. EffectSettings.Measures.Select(m => (m, m))]);
        var settings = new EffectSettings(
            measure,
            keys.Column("outcome").Name,
            SharedKeys.ReadConfidenceLevel(keys) ?? double.NaN,
            keys.OptionalString("event_value"),
            keys.Choice<string?>("ci_method", null, ("exact", "exact"), ("normal", "normal"), ("newcombe", "newcombe"), ("wald", "wald")),
            EffectKeys.Correction.Read(keys),
            EffectKeys.HarmfulEvent.Read(keys));
        SectionPlan.AtPlan(keys.ValueLocation(keys.Has("ci_method") ? "ci_method" : "event_value"), $"an option that applies to {measure}", () =>
        {
            settings.Validate(flag => flag.TrimStart('-').Replace('-', '_'));
            return true;
        });
        return new EffectPlanAnalysis(header)
        {
            Arms = SectionPlan.TwoArms(keys),
            Outcome = keys.Column("outcome"),
            Settings = settings,
        };
    }
}
