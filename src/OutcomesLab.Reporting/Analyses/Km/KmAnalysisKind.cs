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
        new("confidence_level", "number in (0, 1)", "the plan's", "Confidence level of this analysis (R conf.int)."),
        new("landmarks", "list of numbers >= 0", "[]", "Times at which survival is tabulated with its CI (R summary(fit, times =))."),
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
            ConfidenceLevel = keys.OptionalNumber("confidence_level", "a number between 0 and 1 (exclusive), such as 0.95", x => x is > 0 and < 1),
            Landmarks = keys.NumberList("landmarks", expected: "a number >= 0", valid: x => x >= 0),
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
