namespace OutcomesLab.IO.Internal;

/// <summary>Suggests the closest existing column name for a misspelt one.</summary>
internal static class NameSuggester
{
    public static string? Closest(string wanted, IReadOnlyList<string> names)
    {
        foreach (var n in names)
        {
            if (string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(n.Trim(), wanted.Trim(), StringComparison.Ordinal))
            {
                return n;
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var n in names)
        {
            var d = Distance(wanted.ToUpperInvariant(), n.ToUpperInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = n;
            }
        }

        return bestDistance <= Math.Max(2, wanted.Length / 3) ? best : null;
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
