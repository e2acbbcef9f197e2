using System.Collections.Immutable;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The <c>cox</c> analysis: Cox proportional-hazards regression as R <c>coxph</c> (Efron or Breslow
/// ties, strata, weights, cluster-robust SEs), its model tests and concordance, the <c>cox.zph</c>
/// test, and a hazard-ratio forest figure.
/// </summary>
internal sealed class CoxAnalysisKind : IReportAnalysisKind
{
    /// <inheritdoc/>
    public string Type => "cox";

    /// <inheritdoc/>
    public string Summary => "Cox proportional-hazards regression with hazard ratios, LR/Wald/score tests, concordance, the cox.zph test and a forest figure (R coxph, cox.zph).";

    /// <inheritdoc/>
    public ImmutableArray<PlanKey> Keys { get; } =
    [
        .. PlanSurvivalRoles.Keys(codes: false, groupRequired: false, strata: true).Where(k => k.Name != "group"),
        new("covariates", "list of columns / \"A:B\"", PlanKey.Required, "Model terms: numeric columns as they are, text columns dummy-coded against their reference level, \"A:B\" for the interaction of two terms listed before (R A:B)."),
        new("factor", "list of columns", "[]", "Covariates taken as categories whatever their type (R factor()): numeric codes such as clinic 1/2 are dummy-coded with levels in numeric order; also accepts a text covariate with many levels on purpose (--factor)."),
        new("reference", "object: column -> level", "first level in sorted order", "Reference level of text covariates, e.g. {\"arm\": \"methadone\"} (R relevel)."),
        CoxKeys.Ties.PlanKey,
        new("cluster", "column", "none", "Cluster labels for cluster-robust sandwich SEs (R cluster())."),
        new("weights", "column", "none", "Non-negative case weights (R weights =)."),
        new("robust", "true | false", "as R", "Force the robust (sandwich) variance on or off; by default robust with a cluster or non-integer weights, as R."),
        new("ph_test", "\"km\" | \"identity\" | \"rank\" | \"none\"", "\"km\"", "Proportional-hazards test on scaled Schoenfeld residuals with this time transform (R cox.zph transform)."),
        new("labels", "object: term -> label", "{}", "Row labels of the table and forest figure, e.g. {\"arm=buprenorphine\": \"Buprenorphine vs methadone\"}."),
        SharedKeys.ConfidenceLevelOf("the hazard-ratio intervals (R conf.int)"),
        new("predict", "list of \"col=value,...\" profiles", "none", "Covariate profiles (every model variable, as cox --predict) whose predicted survival curves with CIs are tabulated and drawn (R survfit(fit, newdata))."),
        new("predict_times", "list of numbers >= 0", "quartiles of follow-up", "Times at which the predicted survival of each profile is tabulated (R summary(survfit(fit, newdata), times)); needs \"predict\"."),
    ];

    /// <inheritdoc/>
    public string? Publishes => null;

    /// <inheritdoc/>
    public IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys)
    {
        var roles = PlanSurvivalRoles.Parse(keys, codes: false, groupRequired: false, strata: true);
        var terms = keys.ColumnList("covariates", required: true, minCount: 1);
        var names = terms.Select(t => t.Name).ToList();
        for (var i = 0; i < terms.Length; i++)
        {
            var t = terms[i];
            if (names.IndexOf(t.Name) != i)
            {
                throw new PlanException(t.Location, "each model term once", $"\"{t.Name}\" a second time", "Remove the repeated term.");
            }

            if (t.Name.Contains(':', StringComparison.Ordinal))
            {
                var parts = t.Name.Split(':');
                if (parts.Length != 2 || parts.Any(p => p.Length == 0))
                {
                    throw new PlanException(t.Location, "a column name or an interaction \"A:B\"", $"\"{t.Name}\"", "Write an interaction of two terms as \"A:B\".");
                }

                var missing = parts.Where(p => !names.Take(i).Contains(p)).ToList();
                if (missing.Count > 0)
                {
                    throw new PlanException(t.Location, "an interaction of terms listed before it", $"\"{t.Name}\"", $"Add {string.Join(" and ", missing.Select(m => $"\"{m}\""))} earlier in \"covariates\" (as R's A*B would).");
                }
            }
        }

        var factors = keys.ColumnList("factor");
        foreach (var f in factors)
        {
            if (!names.Contains(f.Name) || f.Name.Contains(':', StringComparison.Ordinal))
            {
                throw new PlanException(f.Location, "a covariate of the model", $"\"{f.Name}\"", $"{PlanNames.DidYouMean(f.Name, names)}\"factor\" names covariates to take as categories; the covariates are {PlanNames.Quoted(names)}.");
            }
        }

        var references = new Dictionary<string, (string Level, PlanLocation Location)>(StringComparer.Ordinal);
        if (keys.OptionalObject("reference") is { } reference)
        {
            foreach (var p in reference.Element.EnumerateObject())
            {
                var location = keys.Document.Positions.Value(reference.PathOf(p.Name));
                if (!names.Contains(p.Name))
                {
                    throw new PlanException(keys.Document.Positions.Key(reference.PathOf(p.Name)), "a covariate of the model", $"\"{p.Name}\"", $"{PlanNames.DidYouMean(p.Name, names)}The covariates are {PlanNames.Quoted(names)}.");
                }

                references[p.Name] = (reference.RequiredString(p.Name, "the reference level as text"), location);
            }
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.OptionalObject("labels") is { } labelObject)
        {
            foreach (var p in labelObject.Element.EnumerateObject())
            {
                labels[p.Name] = labelObject.RequiredString(p.Name, "a label text");
            }
        }

        var predict = keys.StringList("predict");
        var predictTimes = keys.NumberList("predict_times", expected: "a number >= 0", valid: x => x >= 0);
        if (predict.IsEmpty && keys.Has("predict_times"))
        {
            throw keys.Error("predict_times", "\"predict_times\" together with \"predict\"", null, "Add \"predict\": [\"col=value,...\"] with the covariate profiles to tabulate, or remove \"predict_times\".");
        }

        return new CoxAnalysis(header, roles, terms)
        {
            References = references,
            Factors = [.. factors.Select(f => f.Name)],
            Labels = labels,
            Ties = CoxKeys.Ties.Read(keys),
            Cluster = keys.OptionalColumn("cluster"),
            Weights = keys.OptionalColumn("weights"),
            Robust = keys.Has("robust") ? keys.OptionalBool("robust", false) : null,
            PhTest = keys.Choice<CoxPhTransform?>("ph_test", CoxPhTransform.KaplanMeier, ("km", CoxPhTransform.KaplanMeier), ("identity", CoxPhTransform.Identity), ("rank", CoxPhTransform.Rank), ("none", null)),
            ConfidenceLevel = SharedKeys.ReadConfidenceLevel(keys),
            Predict = [.. predict.Select((text, i) => (text, keys.Document.Positions.Value(PlanPositions.Index(keys.PathOf("predict"), i))))],
            PredictTimes = predictTimes,
        };
    }
}
