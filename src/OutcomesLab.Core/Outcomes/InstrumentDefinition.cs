using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// A questionnaire described by data rather than code: its items, the allowed response range,
/// reverse-scored items (recoded as minimum + maximum − x), the scales with their minimum number of
/// answered items, mean or sum, multiplier and linear transform, and an optional whole-questionnaire
/// exclusion rule. Built-in example: <see cref="WhoqolBref.Definition"/>. Load researcher-made scales
/// with <see cref="FromJson"/>; score with <see cref="Score(IReadOnlyList{double?})"/>.
/// </summary>
public sealed record InstrumentDefinition
{
    private InstrumentDefinition(string name, string? citation, ImmutableArray<string> items, double minimum, double maximum, bool integerResponses, ImmutableArray<string> reverseScored, ImmutableArray<ScaleDefinition> scales, int? maxMissingItems)
    {
        Name = name;
        Citation = citation;
        Items = items;
        Minimum = minimum;
        Maximum = maximum;
        IntegerResponses = integerResponses;
        ReverseScored = reverseScored;
        Scales = scales;
        MaxMissingItems = maxMissingItems;
    }

    /// <summary>The instrument name.</summary>
    public string Name { get; }

    /// <summary>The source to cite for the scoring rules, or null.</summary>
    public string? Citation { get; }

    /// <summary>The item names, in questionnaire order.</summary>
    public ImmutableArray<string> Items { get; }

    /// <summary>Lowest allowed response.</summary>
    public double Minimum { get; }

    /// <summary>Highest allowed response.</summary>
    public double Maximum { get; }

    /// <summary>Whether responses must be whole numbers.</summary>
    public bool IntegerResponses { get; }

    /// <summary>Items recoded as <see cref="Minimum"/> + <see cref="Maximum"/> − x before scoring.</summary>
    public ImmutableArray<string> ReverseScored { get; }

    /// <summary>The scales.</summary>
    public ImmutableArray<ScaleDefinition> Scales { get; }

    /// <summary>When set, a questionnaire with more missing items than this is excluded (all scales null).</summary>
    public int? MaxMissingItems { get; }

    /// <summary>Creates a validated definition.</summary>
    /// <param name="name">Instrument name.</param>
    /// <param name="items">Item names (unique).</param>
    /// <param name="minimum">Lowest allowed response.</param>
    /// <param name="maximum">Highest allowed response (greater than <paramref name="minimum"/>).</param>
    /// <param name="scales">At least one scale; every scale item must be an instrument item.</param>
    /// <param name="reverseScored">Items to reverse, or null.</param>
    /// <param name="maxMissingItems">Whole-questionnaire exclusion threshold, or null.</param>
    /// <param name="integerResponses">Whether responses must be whole numbers.</param>
    /// <param name="citation">The source of the scoring rules, or null.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">The definition is inconsistent; the message names the offending key.</exception>
    public static InstrumentDefinition Create(
        string name,
        IReadOnlyList<string> items,
        double minimum,
        double maximum,
        IReadOnlyList<ScaleDefinition> scales,
        IReadOnlyList<string>? reverseScored = null,
        int? maxMissingItems = null,
        bool integerResponses = true,
        string? citation = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(scales);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("\"name\": the instrument needs a non-empty name.", nameof(name));
        }

        if (items.Count == 0)
        {
            throw new ArgumentException("\"items\": list at least one item name.", nameof(items));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i]) || !seen.Add(items[i]))
            {
                throw new ArgumentException(Invariant($"\"items[{i}]\": item names must be non-empty and unique; found \"{items[i]}\"."), nameof(items));
            }
        }

        if (!double.IsFinite(minimum) || !double.IsFinite(maximum) || maximum <= minimum)
        {
            throw new ArgumentException(Invariant($"\"minimum\"/\"maximum\": the response range must be finite with maximum > minimum; found {minimum}..{maximum}."), nameof(maximum));
        }

        var reverse = reverseScored ?? [];
        for (var i = 0; i < reverse.Count; i++)
        {
            if (!seen.Contains(reverse[i]))
            {
                throw new ArgumentException(Invariant($"\"reverse_scored[{i}]\": \"{reverse[i]}\" is not one of the items ({ItemList(items)})."), nameof(reverseScored));
            }
        }

        if (scales.Count == 0)
        {
            throw new ArgumentException("\"scales\": define at least one scale.", nameof(scales));
        }

        var scaleNames = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < scales.Count; s++)
        {
            var scale = scales[s];
            if (string.IsNullOrWhiteSpace(scale.Name) || !scaleNames.Add(scale.Name))
            {
                throw new ArgumentException(Invariant($"\"scales[{s}].name\": scale names must be non-empty and unique; found \"{scale.Name}\"."), nameof(scales));
            }

            if (scale.Items.IsDefaultOrEmpty)
            {
                throw new ArgumentException(Invariant($"\"scales[{s}].items\": scale \"{scale.Name}\" needs at least one item."), nameof(scales));
            }

            for (var i = 0; i < scale.Items.Length; i++)
            {
                if (!seen.Contains(scale.Items[i]))
                {
                    throw new ArgumentException(Invariant($"\"scales[{s}].items[{i}]\": \"{scale.Items[i]}\" is not one of the items ({ItemList(items)})."), nameof(scales));
                }
            }

            if (scale.MinimumAnswered < 1 || scale.MinimumAnswered > scale.Items.Length)
            {
                throw new ArgumentException(Invariant($"\"scales[{s}].minimum_answered\": must be 1 to {scale.Items.Length} (the scale's item count); found {scale.MinimumAnswered}."), nameof(scales));
            }

            if (!double.IsFinite(scale.Multiplier) || scale.Multiplier == 0)
            {
                throw new ArgumentException(Invariant($"\"scales[{s}].multiplier\": must be a finite non-zero number; found {scale.Multiplier}."), nameof(scales));
            }

            if (scale.Transform is { } t && (!double.IsFinite(t.FromMinimum) || !double.IsFinite(t.FromMaximum) || t.FromMaximum == t.FromMinimum || !double.IsFinite(t.ToMinimum) || !double.IsFinite(t.ToMaximum)))
            {
                throw new ArgumentException(Invariant($"\"scales[{s}].transform\": \"from\" must be two different finite numbers and \"to\" two finite numbers."), nameof(scales));
            }
        }

        if (maxMissingItems is < 0)
        {
            throw new ArgumentException(Invariant($"\"max_missing_items\": must be 0 or more; found {maxMissingItems}."), nameof(maxMissingItems));
        }

        return new InstrumentDefinition(name, citation, [.. items], minimum, maximum, integerResponses, [.. reverse], [.. scales], maxMissingItems);
    }

    /// <summary>
    /// Reads a definition from JSON. Keys: <c>name</c> (string, required), <c>citation</c> (string),
    /// <c>items</c> (array of strings, required), <c>minimum</c> and <c>maximum</c> (numbers, required),
    /// <c>integer_responses</c> (bool, default true), <c>reverse_scored</c> (array of item names),
    /// <c>max_missing_items</c> (integer), <c>scales</c> (array, required) of objects with <c>name</c>,
    /// <c>items</c>, <c>minimum_answered</c> (integer, default all items), <c>aggregation</c>
    /// (<c>"mean"</c> or <c>"sum"</c>, default mean), <c>multiplier</c> (number, default 1) and
    /// <c>transform</c> (<c>{"from": [lo, hi], "to": [lo, hi]}</c>). Unknown keys are errors (typos
    /// must not silently change a score).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The validated definition.</returns>
    /// <exception cref="ArgumentException">Malformed JSON, a missing or mistyped key, an unknown key or an inconsistent definition; the message names the key and what is allowed.</exception>
    public static InstrumentDefinition FromJson(string json) => InstrumentDefinitionJson.Parse(json);

    /// <summary>Scores one respondent (see <see cref="InstrumentScorer.Score(InstrumentDefinition, IReadOnlyList{double?})"/>).</summary>
    /// <param name="responses">One response per item in <see cref="Items"/> order; null = missing.</param>
    /// <returns>The scale scores.</returns>
    public InstrumentScore Score(IReadOnlyList<double?> responses) => InstrumentScorer.Score(this, responses);

    private static string ItemList(IReadOnlyList<string> items) =>
        items.Count <= 8 ? string.Join(", ", items) : $"{items[0]}, {items[1]}, ..., {items[^1]}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
