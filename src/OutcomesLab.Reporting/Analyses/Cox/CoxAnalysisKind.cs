using System.Collections.Immutable;

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
        CoxKeys.Covariates.PlanKey,
        CoxKeys.Factor.PlanKey,
        CoxKeys.Reference.PlanKey,
        CoxKeys.Ties.PlanKey,
        CoxKeys.Cluster.PlanKey,
        CoxKeys.Weights.PlanKey,
        CoxKeys.Robust.PlanKey,
        CoxKeys.PhTest.PlanKey,
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
        var terms = CoxKeys.Covariates.Read(keys);
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

        var factors = CoxKeys.Factor.Read(keys);
        foreach (var f in factors)
        {
            if (!names.Contains(f.Name) || f.Name.Contains(':', StringComparison.Ordinal))
            {
                throw new PlanException(f.Location, "a covariate of the model", $"\"{f.Name}\"", $"{PlanNames.DidYouMean(f.Name, names)}\"factor\" names covariates to take as categories; the covariates are {PlanNames.Quoted(names)}.");
            }
        }

        var references = new Dictionary<string, (string Level, PlanLocation Location)>(StringComparer.Ordinal);
        if (CoxKeys.Reference.Read(keys) is { } reference)
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
            Cluster = CoxKeys.Cluster.Read(keys),
            Weights = CoxKeys.Weights.Read(keys),
            Robust = CoxKeys.Robust.Read(keys),
            PhTest = CoxKeys.PhTest.Read(keys),
            ConfidenceLevel = SharedKeys.ReadConfidenceLevel(keys),
            Predict = [.. predict.Select((text, i) => (text, keys.Document.Positions.Value(PlanPositions.Index(keys.PathOf("predict"), i))))],
            PredictTimes = predictTimes,
        };
    }
}
