namespace OutcomesLab.Cli;

/// <summary>Parses <c>--labels LEVEL=NAME,...</c>: display names for group levels, checked against the levels the data has.</summary>
internal static class GroupLabelOption
{
    /// <summary>
    /// The display name of each level in <paramref name="levels"/> order (unlisted levels keep their
    /// names), or null without the option. A level the data lacks, a level given twice, or an entry
    /// without '=' is a usage error naming the levels.
    /// </summary>
    public static IReadOnlyList<string>? Read(string? text, string option, IReadOnlyList<string> levels)
    {
        if (text is null)
        {
            return null;
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw new UsageException($"{option} \"{part}\": expected LEVEL=NAME, e.g. {option} \"1=Clinic A,2=Clinic B\".");
            }

            var level = part[..eq].Trim();
            if (!levels.Contains(level, StringComparer.Ordinal))
            {
                throw new UsageException($"{option}: the group has no level \"{level}\"; its levels are {string.Join(", ", levels)}.");
            }

            if (!names.TryAdd(level, part[(eq + 1)..].Trim()))
            {
                throw new UsageException($"{option}: level \"{level}\" is named twice.");
            }
        }

        return [.. levels.Select(l => names.GetValueOrDefault(l, l))];
    }

    /// <summary>
    /// The legend names of the curves: each curve's group level replaced by its display name, keeping the
    /// stratum of a <c>"group, stratum"</c> curve; null without the option. Refused without a group column.
    /// </summary>
    public static IReadOnlyList<string>? CurveLabels(string? text, string option, IReadOnlyList<string> levels, IReadOnlyList<string> curves, bool strata)
    {
        if (text is null)
        {
            return null;
        }

        if (levels.Count == 0)
        {
            throw new UsageException($"{option} names the levels of --group; give --group COLUMN.");
        }

        var names = Read(text, option, levels)!;
        return [.. curves.Select(curve =>
        {
            for (var k = 0; k < levels.Count; k++)
            {
                if (curve == levels[k])
                {
                    return names[k];
                }

                if (strata && curve.StartsWith(levels[k] + ", ", StringComparison.Ordinal))
                {
                    return names[k] + curve[levels[k].Length..];
                }
            }

            return curve;
        })];
    }
}
