using System.Collections;
using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace OutcomesLab.Cli;

/// <summary>
/// The "[default: ...]" text of --help spelled as the option accepts it: a setting's default name
/// (log-log, not LogLog), enum values in lower case (table, not Table), lists comma-separated
/// (90,180, not 90|180), as the plan documentation spells them.
/// </summary>
internal static partial class HelpDefaults
{
    private static readonly ConditionalWeakTable<Option, string> Declared = [];

    /// <summary>Records the default text of an option built from a setting.</summary>
    public static void Declare(Option option, string text) => Declared.AddOrUpdate(option, text);

    /// <summary>Rewrites the "[default: ...]" of each option line of <paramref name="help"/> (the help of <paramref name="command"/>) with the option's default as it is typed.</summary>
    public static string Rewrite(string help, Command command)
    {
        var byName = new Dictionary<string, Option>(StringComparer.Ordinal);
        for (var c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in c.Options.Where(o => o.HasDefaultValue))
            {
                foreach (var name in option.Aliases.Prepend(option.Name))
                {
                    byName.TryAdd(name, option);
                }
            }
        }

        var lines = help.Split('\n');
        Option? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (OptionLine().Match(line) is { Success: true } m)
            {
                current = m.Groups[1].Value.Split(", ").Select(n => byName.GetValueOrDefault(n)).FirstOrDefault(o => o is not null);
            }

            var at = line.LastIndexOf("[default: ", StringComparison.Ordinal);
            if (current is not null && at >= 0 && Text(current) is { } text)
            {
                lines[i] = string.Concat(line.AsSpan(0, at), $"[default: {text}]", line.EndsWith('\r') ? "\r" : "");
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^  ((?:-{1,2}[A-Za-z?][\w-]*(?:, )?)+)", RegexOptions.CultureInvariant)]
    private static partial Regex OptionLine();

    private static string? Text(Option option)
    {
        if (Declared.TryGetValue(option, out var declared))
        {
            return declared;
        }

        return option.GetDefaultValue() switch
        {
            null or false => null,
            Enum e => e.ToString().ToLowerInvariant(),
            string s => s,
            IEnumerable list => string.Join(",", list.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))),
            var v => Convert.ToString(v, CultureInfo.InvariantCulture),
        };
    }
}
