using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Scores questionnaires described by an <see cref="InstrumentDefinition"/>: checks every response
/// is within the allowed range, recodes reverse-scored items (min + max − x), applies the
/// whole-questionnaire exclusion, then for each scale with at least the minimum number of answered
/// items takes the mean (or prorated sum) of its answered items, multiplies it and applies the linear
/// transform. Averaging the answered items is the same as substituting their mean for the missing
/// ones, which is how the WHO SPSS syntax (<c>MEAN.n</c>) and most manuals handle missing items.
/// </summary>
public static class InstrumentScorer
{
    /// <summary>Scores one respondent.</summary>
    /// <param name="definition">The instrument.</param>
    /// <param name="responses">One response per item in <see cref="InstrumentDefinition.Items"/> order; null = missing.</param>
    /// <returns>The scale scores.</returns>
    /// <exception cref="ArgumentException">Wrong number of responses, or a response outside the allowed values (the message names the item and the allowed values).</exception>
    public static InstrumentScore Score(InstrumentDefinition definition, IReadOnlyList<double?> responses)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(responses);
        return ScoreRow(definition, responses, null);
    }

    /// <summary>Scores many respondents.</summary>
    /// <param name="definition">The instrument.</param>
    /// <param name="rows">One response list per respondent.</param>
    /// <returns>One score per row.</returns>
    /// <exception cref="ArgumentException">A response is out of range; the message names the 1-based row, the item and the allowed values.</exception>
    public static ImmutableArray<InstrumentScore> Score(InstrumentDefinition definition, IReadOnlyList<IReadOnlyList<double?>> rows)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(rows);
        var result = new InstrumentScore[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            result[r] = ScoreRow(definition, rows[r], r + 1);
        }

        return ImmutableArray.Create(result);
    }

    /// <summary>Text describing the allowed responses, e.g. <c>whole numbers 1 to 5</c>.</summary>
    /// <param name="definition">The instrument.</param>
    /// <returns>The description.</returns>
    public static string AllowedValues(InstrumentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return string.Create(CultureInfo.InvariantCulture, $"{(definition.IntegerResponses ? "whole numbers" : "numbers")} {definition.Minimum} to {definition.Maximum}");
    }

    private static InstrumentScore ScoreRow(InstrumentDefinition d, IReadOnlyList<double?> responses, int? row)
    {
        if (responses.Count != d.Items.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{Where(row)}{d.Name} has {d.Items.Length} items; found {responses.Count} responses."), nameof(responses));
        }

        var recoded = new Dictionary<string, double?>(d.Items.Length, StringComparer.Ordinal);
        var missing = 0;
        for (var i = 0; i < d.Items.Length; i++)
        {
            var value = responses[i];
            if (value is null)
            {
                missing++;
                recoded[d.Items[i]] = null;
                continue;
            }

            var x = value.Value;
            if (!double.IsFinite(x) || x < d.Minimum || x > d.Maximum || (d.IntegerResponses && x != Math.Floor(x)))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{Where(row)}item \"{d.Items[i]}\" of {d.Name} is {x}; allowed values are {AllowedValues(d)} (or missing)."),
                    nameof(responses));
            }

            recoded[d.Items[i]] = d.ReverseScored.Contains(d.Items[i]) ? d.Minimum + d.Maximum - x : x;
        }

        var excluded = d.MaxMissingItems is { } max && missing > max;
        var scales = ImmutableArray.CreateBuilder<ScaleScore>(d.Scales.Length);
        foreach (var scale in d.Scales)
        {
            double sum = 0;
            var answered = 0;
            foreach (var item in scale.Items)
            {
                if (recoded[item] is { } v)
                {
                    sum += v;
                    answered++;
                }
            }

            if (excluded || answered < scale.MinimumAnswered)
            {
                scales.Add(new ScaleScore(scale.Name, null, null, answered));
                continue;
            }

            var mean = sum / answered;
            var aggregate = scale.Aggregation == ScaleAggregation.Mean ? mean : mean * scale.Items.Length;
            var score = aggregate * scale.Multiplier;
            scales.Add(new ScaleScore(scale.Name, score, scale.Transform?.Apply(score), answered));
        }

        return new InstrumentScore(scales.MoveToImmutable(), missing, excluded);
    }

    private static string Where(int? row) => row is { } r ? string.Create(CultureInfo.InvariantCulture, $"row {r}: ") : "";
}
