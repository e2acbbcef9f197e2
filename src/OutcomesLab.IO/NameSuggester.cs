namespace OutcomesLab.IO;

/// <summary>
/// "Did you mean" for misspelt names (CSV columns, plan keys, option values): the closest allowed
/// name by case-insensitive Levenshtein edit distance (Levenshtein, Soviet Physics Doklady 1966;
/// 10:707), accepted only when the distance is at most max(2, length / 3), so that a suggestion is
/// a likely typo rather than any name.
/// </summary>
public static class NameSuggester
{
    /// <summary>
    /// The allowed name closest to <paramref name="wanted"/>: an exact match ignoring case or
    /// surrounding spaces first; otherwise the smallest edit distance, ties going to the name that
    /// shares the longer prefix ("tie" suggests "ties", not "time"), then to the earlier name.
    /// </summary>
    /// <param name="wanted">The name as the user wrote it.</param>
    /// <param name="names">The names that exist.</param>
    /// <returns>The suggestion, or null when no name is close enough.</returns>
    public static string? Closest(string wanted, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(names);
        var candidates = names as IReadOnlyList<string> ?? [.. names];
        foreach (var n in candidates)
        {
            if (string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(n.Trim(), wanted.Trim(), StringComparison.Ordinal))
            {
                return n;
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var bestPrefix = -1;
        var w = wanted.ToUpperInvariant();
        foreach (var name in candidates)
        {
            var n = name.ToUpperInvariant();
            var d = Distance(w, n);
            var prefix = 0;
            while (prefix < Math.Min(w.Length, n.Length) && w[prefix] == n[prefix])
            {
                prefix++;
            }

            if (d < bestDistance || (d == bestDistance && prefix > bestPrefix))
            {
                best = name;
                bestDistance = d;
                bestPrefix = prefix;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, wanted.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
