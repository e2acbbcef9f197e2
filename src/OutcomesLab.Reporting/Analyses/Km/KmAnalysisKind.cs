using System.Collections.Immutable;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The <c>km</c> analysis: Kaplan–Meier curves by group as R <c>survfit</c> (Greenwood SE, pointwise
/// CIs on the chosen transform), medians with Brookmeyer–Crowley CIs, landmark survival, RMST, the
/// log-rank (or Peto–Peto) test as R <c>survdiff</c>, and the KM figure with its number-at-risk table.
/// </summary>
internal sealed class KmAnalysisKind : IReportAnalysisKind
{
    /// <inheritdoc/>
    public string Type => "km";

    /// <inheritdoc/>
    public string Summary => "Kaplan-Meier curves by group with CIs, medians, landmark survival, RMST, log-rank test and a KM figure with number-at-risk table (R survfit, survdiff).";

    /// <inheritdoc/>
    public ImmutableArray<PlanKey> Keys { get; } =
    [
        .. PlanSurvivalRoles.Keys(codes: false, groupRequired: false, strata: true, figureTimeUnit: true),
        KmKeys.ConfType.PlanKey,
        SharedKeys.ConfidenceLevelOf("this analysis (R conf.int)"),
        KmKeys.Times.PlanKey,
        KmKeys.Tau.PlanKey,
        new("test", "\"log-rank\" | \"peto-peto\" | \"none\"", "\"log-rank\"", "Test between groups (R survdiff rho = 0 or 1); stratified by \"strata\" when given."),
        new("trend", "true | false", "false", "Also the log-rank test for trend over the groups in their level order (scores 1..k; Collett 2015 sec. 2.6.4, as logrank --trend), from the O, E and variance of \"test\"; needs \"group\" with at least two groups and a test."),
        new("ci_bands", "true | false", "true", "Shade the pointwise CIs in the figure."),
        new("median_lines", "true | false", "false", "Draw dashed lines at the medians in the figure."),
        new("y_label", "text", "\"Probability of retention\"", "y-axis title of the figure."),
        .. PlanFigureKeys.Keys,
    ];

    /// <inheritdoc/>
    public string? Publishes => null;

    /// <inheritdoc/>
    public IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys)
    {
        var roles = PlanSurvivalRoles.Parse(keys, codes: false, groupRequired: false, strata: true, figureTimeUnit: true);
        var transform = KmKeys.ConfType.Read(keys);
        var rho = keys.Choice<double?>("test", 0.0, ("log-rank", 0.0), ("peto-peto", 1.0), ("none", null));
        var trend = keys.OptionalBool("trend", false);
        if (trend && (rho is null || roles.Group is null))
        {
            throw keys.Error("trend", rho is null ? "a test (\"test\": \"log-rank\" or \"peto-peto\")" : "\"group\" beside it", "trend", "The test for trend is built from the between-group test's observed and expected events: give \"group\" and a test, or remove \"trend\".");
        }

        return new KmAnalysis(header, roles)
        {
            Transform = transform,
            ConfidenceLevel = SharedKeys.ReadConfidenceLevel(keys),
            Landmarks = [.. KmKeys.Times.Read(keys).Distinct().Order()],
            Tau = KmKeys.Tau.Read(keys),
            Rho = rho,
            Trend = trend,
            CiBands = keys.OptionalBool("ci_bands", true),
            MedianLines = keys.OptionalBool("median_lines", false),
            YLabel = keys.OptionalString("y_label"),
            Figure = PlanFigureKeys.Parse(keys),
        };
    }
}
