using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// The permissible gap: how many consecutive days without medication (after the days supplied by
/// the last record run out) a patient may have before the treatment episode is deemed to have
/// ended. A gap of <c>G</c> days ends the episode when the next record starts more than <c>G</c>
/// uncovered days later. <see cref="None"/> never ends an episode on a gap: one episode from the
/// first to the last record, as the CTN-0027 24-week completion of Hser et al. (Addiction 2014)
/// is defined (last study dose on or after day 161).
/// </summary>
/// <remarks>
/// Common choices: 7 days (NQF #3175 "Continuity of pharmacotherapy for opioid use disorder"),
/// 14 or 30 days in claims-based buprenorphine studies (e.g. Samples et al., J Subst Abuse Treat
/// 2018), so a sensitivity sweep over them (<see cref="RetentionAnalysis.GapSweep"/>) is advised.
/// Per-medication gaps apply the gap of the medication of the most recent record before the gap;
/// when supplies of two medications overlap, that is the later-dispensed medication, not
/// necessarily the one whose supply runs out last.
/// </remarks>
public sealed record EpisodeGap
{
    private EpisodeGap(int? days, ImmutableSortedDictionary<string, int?> byMedication)
    {
        Days = days;
        ByMedication = byMedication;
    }

    /// <summary>No permissible-gap rule: one episode from the first to the last record.</summary>
    public static EpisodeGap None { get; } = new(null, ImmutableSortedDictionary<string, int?>.Empty);

    /// <summary>The gap in days for every medication without its own gap; null means no gap rule (<see cref="None"/>).</summary>
    public int? Days { get; }

    /// <summary>Per-medication gaps (null value = no gap rule for that medication), compared ordinally ignoring case.</summary>
    public ImmutableSortedDictionary<string, int?> ByMedication { get; }

    /// <summary>True when no medication has a gap rule.</summary>
    public bool IsNone => Days is null && ByMedication.Values.All(v => v is null);

    /// <summary>One global permissible gap.</summary>
    /// <param name="days">Days without medication allowed (&gt;= 0).</param>
    /// <returns>The gap rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static EpisodeGap Of(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return new EpisodeGap(days, ImmutableSortedDictionary<string, int?>.Empty);
    }

    /// <summary>A gap per medication, with a fallback for medications not listed (or unknown).</summary>
    /// <param name="byMedication">Gap per medication name; a null value means no gap rule for it.</param>
    /// <param name="fallbackDays">Gap for other medications, or null for none.</param>
    /// <returns>The gap rule.</returns>
    /// <exception cref="ArgumentException">A gap is negative.</exception>
    public static EpisodeGap PerMedication(IReadOnlyDictionary<string, int?> byMedication, int? fallbackDays)
    {
        ArgumentNullException.ThrowIfNull(byMedication);
        if (fallbackDays < 0 || byMedication.Values.Any(v => v < 0))
        {
            throw new ArgumentException("Permissible gaps must be 0 or more days.", nameof(byMedication));
        }

        return new EpisodeGap(fallbackDays, byMedication.ToImmutableSortedDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The gap for records of <paramref name="medication"/> (null = no gap rule).</summary>
    /// <param name="medication">The medication, or null when unknown.</param>
    /// <returns>The permissible gap in days, or null.</returns>
    public int? For(string? medication) =>
        medication is not null && ByMedication.TryGetValue(medication, out var g) ? g : Days;

    /// <summary>
    /// Parses <c>none</c>, a number of days (<c>30</c>), or per-medication gaps
    /// (<c>30;methadone=7;buprenorphine=14</c>, the bare number being the fallback).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="gap">The parsed rule.</param>
    /// <returns>True when the text is valid.</returns>
    public static bool TryParse(string? text, out EpisodeGap gap)
    {
        gap = None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        int? fallback = null;
        var fallbackSeen = false;
        var map = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                if (fallbackSeen || !TryDays(part, out fallback))
                {
                    return false;
                }

                fallbackSeen = true;
            }
            else
            {
                var name = part[..eq].Trim();
                if (name.Length == 0 || !TryDays(part[(eq + 1)..].Trim(), out var d) || !map.TryAdd(name, d))
                {
                    return false;
                }
            }
        }

        if (!fallbackSeen && map.Count == 0)
        {
            return false;
        }

        gap = map.Count == 0 ? (fallback is { } f ? Of(f) : None) : PerMedication(map, fallback);
        return true;
    }

    /// <summary>The rule as <see cref="TryParse"/> reads it: <c>none</c>, <c>30</c> or <c>30;methadone=7</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        var head = Days?.ToString(CultureInfo.InvariantCulture) ?? "none";
        return ByMedication.IsEmpty ? head : head + ";" + string.Join(";", ByMedication.Select(kv => kv.Key + "=" + (kv.Value?.ToString(CultureInfo.InvariantCulture) ?? "none")));
    }

    private static bool TryDays(string text, out int? days)
    {
        days = null;
        if (string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            days = d;
            return true;
        }

        return false;
    }
}
