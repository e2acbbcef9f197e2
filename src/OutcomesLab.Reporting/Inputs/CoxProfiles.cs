using System.Globalization;
using OutcomesLab.Design;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>Covariate profiles (<c>col=value,...</c>) for Cox predictions: cox --predict, plot cox-survival and the plan's predict key.</summary>
internal static class CoxProfiles
{
    /// <summary>
    /// Parses the <c>--predict</c> profiles (<c>col=value,col=value</c>, one per option) into rows of the
    /// fit's design matrix: every model variable must be given once, numbers for numeric columns and
    /// one of the levels for text columns (dummy-coded against the model's reference level); interaction
    /// columns are the products, as R's <c>model.matrix</c> on <c>newdata</c>.
    /// </summary>
    public static List<double[]> Rows(IReadOnlyList<string> profiles, List<string> terms, CohortData cohort, Dictionary<string, string> references, DesignMatrix design)
    {
        var variables = terms.Where(t => !t.Contains(':', StringComparison.Ordinal)).ToList();
        var values = variables.ToDictionary(v => v, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            var given = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in profile.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0 || eq == pair.Length - 1)
                {
                    throw new UsageException($"--predict \"{profile}\": \"{pair}\" is not COLUMN=VALUE; give every model variable, e.g. --predict \"{string.Join(",", variables.Select(v => v + "=..."))}\".");
                }

                var name = pair[..eq].Trim();
                if (!values.ContainsKey(name))
                {
                    throw new UsageException($"--predict \"{profile}\": \"{name}\" is not a variable of the model (variables: {string.Join(", ", variables)}).");
                }

                if (!given.TryAdd(name, pair[(eq + 1)..].Trim()))
                {
                    throw new UsageException($"--predict \"{profile}\" gives {name} more than once.");
                }
            }

            var missing = variables.Where(v => !given.ContainsKey(v)).ToList();
            if (missing.Count > 0)
            {
                throw new UsageException($"--predict \"{profile}\" does not give {string.Join(", ", missing)}: a profile needs a value for every model variable ({string.Join(", ", variables)}), as R's survfit(fit, newdata) needs every column of the formula.");
            }

            foreach (var v in variables)
            {
                var text = given[v];
                if (cohort.CategoricalCovariates.TryGetValue(v, out var labels))
                {
                    if (!labels.Contains(text))
                    {
                        throw new UsageException($"--predict \"{profile}\": \"{text}\" is not a level of {v}; the levels are {string.Join(", ", Factor.DefaultOrder(labels.Distinct(StringComparer.Ordinal)))}.");
                    }
                }
                else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    throw new UsageException($"--predict \"{profile}\": {v} = \"{text}\" is not a number; {v} is a numeric covariate, so give a value such as {v}=40 (decimal point, not comma).");
                }

                values[v].Add(text);
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
                var levels = Factor.DefaultOrder(labels.Distinct(StringComparer.Ordinal));
                builder.AddCategorical(term, values[term], references.GetValueOrDefault(term) ?? levels[0], levels);
            }
            else
            {
                builder.AddNumeric(term, [.. values[term].Select(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture))]);
            }
        }

        var rows = builder.Build();
        if (!rows.ColumnNames.SequenceEqual(design.ColumnNames, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"The profile columns ({string.Join(", ", rows.ColumnNames)}) differ from the model's ({string.Join(", ", design.ColumnNames)}).");
        }

        return [.. Enumerable.Range(0, rows.RowCount).Select(i => Enumerable.Range(0, rows.ColumnCount).Select(j => rows[i, j]).ToArray())];
    }
}
