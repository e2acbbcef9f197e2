using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The <c>cif</c> analysis: cumulative incidence of competing causes by the Aalen–Johansen estimator
/// (cmprsk <c>cuminc</c> variance, or survfit's infinitesimal jackknife), Gray's test between groups,
/// and the cumulative-incidence figure with its number-at-risk table.
/// </summary>
internal sealed class CifAnalysisKind : IReportAnalysisKind
{
    /// <inheritdoc/>
    public string Type => "cif";

    /// <inheritdoc/>
    public string Summary => "Competing risks: cumulative incidence per cause and group (Aalen-Johansen) with CIs, Gray's test, and a CIF figure with number-at-risk table (R cmprsk cuminc, survfit).";

    /// <inheritdoc/>
    public ImmutableArray<PlanKey> Keys { get; } =
    [
        .. PlanSurvivalRoles.Keys(codes: true, groupRequired: false, strata: false, figureTimeUnit: true),
        new("causes", "object: code -> name", "all causes, \"cause k\"", "Causes to report and their names, e.g. {\"1\": \"dropout\", \"2\": \"transfer\", \"3\": \"death\"}."),
        CifKeys.Times.PlanKey,
        CifKeys.Variance.PlanKey,
        CifKeys.ConfType.PlanKey,
        CifKeys.GrayRho.PlanKey,
        new("strata", "column", "none", "Column whose levels stratify Gray's test (cmprsk cuminc strata); the curves are not stratified, as in cuminc. Needs \"group\"."),
        CifKeys.Panels.PlanKey,
        new("ci_bands", "true | false", "false", "Shade the pointwise CIs in the figure: the interval of the incidence table (the SE of \"variance\" on the \"conf_type\" scale). Off by default, as survminer ggcompetingrisks (conf.int = FALSE) and cmprsk plot.cuminc: bands of several causes overlap."),
        SharedKeys.ConfidenceLevelOf("the pointwise intervals"),
        new("y_label", "text", "\"Cumulative incidence\"", "y-axis title of the figure."),
        .. PlanFigureKeys.Keys,
    ];

    /// <inheritdoc/>
    public string? Publishes => null;

    /// <inheritdoc/>
    public IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys)
    {
        var roles = PlanSurvivalRoles.Parse(keys, codes: true, groupRequired: false, strata: false, figureTimeUnit: true) with { Strata = keys.OptionalColumn("strata") };
        var rho = CifKeys.GrayRho.Read(keys);
        foreach (var (key, given) in new[] { (CifKeys.GrayRho.Key, keys.Has(CifKeys.GrayRho.Key)), ("strata", roles.Strata is not null) })
        {
            if (given && roles.Group is null)
            {
                throw keys.Error(key, "\"group\" beside it", key, $"\"{key}\" applies to Gray's test, which compares groups: add \"group\" or remove \"{key}\".");
            }
        }

        var causes = new List<(int Code, string Name, PlanLocation Location)>();
        if (keys.OptionalObject("causes") is { } causeObject)
        {
            foreach (var p in causeObject.Element.EnumerateObject())
            {
                if (!int.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code <= 0)
                {
                    throw new PlanException(keys.Document.Positions.Key(causeObject.PathOf(p.Name)), "a positive cause code as the key (\"1\", \"2\", ...)", $"\"{p.Name}\"", "Key every cause by its code in the event column, e.g. {\"1\": \"dropout\"}.");
                }

                causes.Add((code, causeObject.RequiredString(p.Name, "the cause's name"), keys.Document.Positions.Value(causeObject.PathOf(p.Name))));
            }
        }

        return new CifAnalysis(header, roles)
        {
            Causes = [.. causes],
            Times = CifKeys.Times.Read(keys),
            Variance = CifKeys.Variance.Read(keys),
            Transform = CifKeys.ConfType.Read(keys),
            GrayRho = rho,
            CiBands = keys.OptionalBool("ci_bands", false),
            Panels = CifKeys.Panels.Read(keys),
            ConfidenceLevel = SharedKeys.ReadConfidenceLevel(keys),
            YLabel = keys.OptionalString("y_label"),
            Figure = PlanFigureKeys.Parse(keys),
        };
    }
}
