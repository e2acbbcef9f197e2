namespace OutcomesLab.Cli.Reporting;

/// <summary>Name helpers for plan messages: the nearest allowed name ("did you mean") and quoted lists.</summary>
internal static class PlanNames
{
    /// <summary>The allowed name closest to <paramref name="wanted"/> by case-insensitive Levenshtein distance, if it is close enough to be a likely typo.</summary>
    public static string? Nearest(string wanted, IEnumerable<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestPrefix = -1;
        var w = wanted.ToLowerInvariant();
        foreach (var name in allowed)
        {
            var n = name.ToLowerInvariant();
            var d = Distance(w, n);
            var prefix = 0;
            while (prefix < Math.Min(w.Length, n.Length) && w[prefix] == n[prefix])
            {
                prefix++;
            }

            // Equal distances: the name sharing the longer prefix is the likelier typo ("tie" -> "ties", not "time").
            if (d < bestDistance || (d == bestDistance && prefix > bestPrefix))
            {
                best = name;
                bestDistance = d;
                bestPrefix = prefix;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, wanted.Length / 3) ? best : null;
    }

    /// <summary>Formats names as <c>"a", "b", "c"</c>.</summary>
    public static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    /// <summary>"Did you mean "x"? " or empty.</summary>
    public static string DidYouMean(string wanted, IEnumerable<string> allowed)
    {
        var nearest = Nearest(wanted, allowed);
        return nearest is null ? "" : $"Did you mean \"{nearest}\"? ";
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
