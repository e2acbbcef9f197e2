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
        EffectKeys.Outcome.PlanKey,
        EffectKeys.Measure.PlanKey,
        EffectKeys.EventValue.PlanKey,
        EffectKeys.CiMethod.PlanKey,
        EffectKeys.Correction.PlanKey,
        EffectKeys.HarmfulEvent.PlanKey,
        SharedKeys.ConfidenceLevelOf("this analysis"),
    ];

    public string? Publishes => null;

    public IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys)
    {
        var measure = EffectKeys.Measure.Read(keys);
        var settings = new EffectSettings(
            measure,
            EffectKeys.Outcome.Read(keys).Name,
            SharedKeys.ReadConfidenceLevel(keys) ?? double.NaN,
            EffectKeys.EventValue.Read(keys),
            EffectKeys.CiMethod.Read(keys),
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
            Outcome = EffectKeys.Outcome.Read(keys),
            Settings = settings,
        };
    }
}
