using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>One scale (domain) of an <see cref="InstrumentDefinition"/>.</summary>
/// <param name="Name">Scale name, used as the output column (e.g. <c>physical</c>).</param>
/// <param name="Items">The instrument items that make up the scale.</param>
/// <param name="MinimumAnswered">The scale is computed only when at least this many of its items are answered (SPSS <c>MEAN.n</c>).</param>
/// <param name="Aggregation">Mean or (prorated) sum of the recoded items.</param>
/// <param name="Multiplier">Factor applied to the aggregate (WHOQOL-BREF: mean × 4); 1 for none.</param>
/// <param name="Transform">Optional rescaling of the multiplied score, reported as a second value (e.g. 4–20 to 0–100).</param>
public sealed record ScaleDefinition(string Name, ImmutableArray<string> Items, int MinimumAnswered, ScaleAggregation Aggregation, double Multiplier = 1.0, LinearTransform? Transform = null);
