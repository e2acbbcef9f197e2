using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>
/// The built-in table of MIDs with citations. It is deliberately short — only estimates whose source
/// we could state — and every responder analysis accepts an explicit threshold instead
/// (<see cref="ChangeScores.Responders(IReadOnlyList{double?}, double, bool)"/>).
/// </summary>
public static class MinimalImportantDifferences
{
    /// <summary>The table.</summary>
    public static ImmutableArray<MinimalImportantDifference> Table { get; } =
    [
        new("eq5d-5l", "England", 0.037, 0.063,
            "McClure NS, Sayah FA, Xie F, Luo N, Johnson JA. Instrument-defined estimates of the minimally important difference for EQ-5D-5L index scores. Value Health. 2017;20(4):644-650. doi:10.1016/j.jval.2016.11.016",
            "Instrument-defined (simulation of single-level changes) range reported across EQ-5D-5L value sets; 0.037 is the lower and 0.063 the upper end."),
        new("eq5d-3l", "UK", 0.074, 0.074,
            "Walters SJ, Brazier JE. Comparison of the minimally important difference for two health state utility measures: EQ-5D and SF-6D. Qual Life Res. 2005;14(6):1523-1532. doi:10.1007/s11136-004-7713-0",
            "Mean of anchor-based estimates across eight longitudinal studies (range -0.011 to 0.140)."),
    ];

    /// <summary>Looks up the MID for an instrument and value set.</summary>
    /// <param name="instrument">Instrument identifier, e.g. <c>eq5d-5l</c> (case-insensitive).</param>
    /// <param name="valueSet">Value set name, or null.</param>
    /// <returns>The MID.</returns>
    /// <exception cref="ArgumentException">No MID is tabulated; the message lists the table and says to pass a threshold explicitly.</exception>
    public static MinimalImportantDifference Find(string instrument, string? valueSet)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return Table.FirstOrDefault(m => string.Equals(m.Instrument, instrument, StringComparison.OrdinalIgnoreCase)
                && (m.ValueSet is null || string.Equals(m.ValueSet, valueSet, StringComparison.OrdinalIgnoreCase)))
            ?? throw new ArgumentException(
                $"No minimal important difference is tabulated for {instrument}{(valueSet is null ? "" : " (" + valueSet + ")")}. Tabulated: {string.Join("; ", Table.Select(m => m.Instrument + (m.ValueSet is null ? "" : " " + m.ValueSet)))}. Pass a threshold from a source that fits your population.",
                nameof(instrument));
    }
}
