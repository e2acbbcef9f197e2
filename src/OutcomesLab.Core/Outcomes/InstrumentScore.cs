using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>The scores of one respondent on an instrument defined by an <see cref="InstrumentDefinition"/>.</summary>
/// <param name="Scales">One score per scale, in definition order.</param>
/// <param name="Missing">Number of the instrument's items not answered.</param>
/// <param name="Excluded">True when more items were missing than <see cref="InstrumentDefinition.MaxMissingItems"/> allows; every scale is then null.</param>
public sealed record InstrumentScore(ImmutableArray<ScaleScore> Scales, int Missing, bool Excluded)
{
    /// <summary>The score of a scale by name.</summary>
    /// <param name="name">The scale name (ordinal).</param>
    /// <returns>The scale score.</returns>
    /// <exception cref="KeyNotFoundException">No scale has that name.</exception>
    public ScaleScore this[string name] =>
        Scales.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal)) ?? throw new KeyNotFoundException($"No scale named \"{name}\".");
}
