using OutcomesLab.Design;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>Builds a Cox model's design matrix from the cohort's covariates and reference levels (cox, plot cox and the plan's cox analysis).</summary>
internal static class CoxDesign
{
    public static DesignMatrix Build(List<string> terms, CohortData cohort, Dictionary<string, string> references)
    {
        foreach (var column in references.Keys)
        {
            if (!cohort.CategoricalCovariates.ContainsKey(column))
            {
                throw new UsageException($"--reference {column}=...: \"{column}\" is not a text covariate of the model (text covariates: {(cohort.CategoricalCovariates.Count == 0 ? "none" : string.Join(", ", cohort.CategoricalCovariates.Keys))}). To take a numeric code column as categories, name it in --factor {column}.");
            }
        }

        var builder = new DesignMatrixBuilder();
        foreach (var term in terms)
        {
            if (term.Contains(':', StringComparison.Ordinal))
            {
                builder.AddInteraction(term);
            }
            else if (cohort.CategoricalCovariates.TryGetValue(term, out var labels))
            {
                var level = references.GetValueOrDefault(term);
                if (level is not null && !labels.Contains(level))
                {
                    throw new UsageException($"--reference {term}={level}: \"{level}\" is not a level of \"{term}\"; the levels are {string.Join(", ", Factor.DefaultOrder(labels.Distinct(StringComparer.Ordinal)))}.");
                }

                builder.AddCategorical(term, labels, level);
            }
            else
            {
                builder.AddNumeric(term, cohort.Covariates[term]);
            }
        }

        return builder.Build();
    }
}
