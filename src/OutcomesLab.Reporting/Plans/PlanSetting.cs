using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace OutcomesLab.Reporting.Plans;

/// <summary>
/// One setting of an analysis, declared once for both surfaces: the plan key (snake_case) and the CLI
/// option of the same concept (<c>--kebab-case</c> of the key unless <see cref="Option"/> says otherwise),
/// with its value type, default and description (naming the R equivalent). The analysis kinds' documented
/// <see cref="PlanKey"/>s are generated from it, the kinds read their plan objects through it, and the CLI
/// builds its option from it, so that <c>plan keys</c> and <c>--help</c> cannot drift apart.
/// </summary>
internal abstract partial record PlanSetting
{
    protected PlanSetting(string key, string type, string defaultText, string description)
    {
        Key = key;
        Type = type;
        DefaultText = defaultText;
        Description = description;
    }

    /// <summary>The plan key (snake_case).</summary>
    public string Key { get; }

    /// <summary>The value type as users read it, e.g. <c>"efron" | "breslow"</c>.</summary>
    public string Type { get; }

    /// <summary>The default as text (R's where R has one), or <see cref="PlanKey.Required"/>.</summary>
    public string DefaultText { get; }

    /// <summary>
    /// What the setting does, naming the R equivalent; the text of both the plan key and the CLI option.
    /// A reference to another setting is written <c>{key}</c>: the plan shows <c>"key"</c>, --help <c>--key</c>.
    /// </summary>
    public string Description { get; }

    /// <summary>The description as the plan documentation shows it (references as <c>"key"</c>).</summary>
    public string PlanDescription => References().Replace(Description, m => $"\"{m.Groups[1].Value}\"");

    /// <summary>The description as --help shows it (references as <c>--key</c>).</summary>
    public string OptionDescription => References().Replace(Description, m => OptionName(m.Groups[1].Value));

    /// <summary>The CLI option name: <c>--</c> and the key with hyphens for underscores, unless declared otherwise.</summary>
    public string Option => OptionOverride ?? OptionName(Key);

    /// <summary>The CLI option name where it is not derived from the key (e.g. <c>--conf-level</c> for <c>confidence_level</c>), else null.</summary>
    public string? OptionOverride { get; init; }

    /// <summary>Further CLI names that keep working (old or short spellings).</summary>
    public ImmutableArray<string> OptionAliases { get; init; } = [];

    /// <summary>The CLI matches choice names ignoring case (as the command did before the settings were shared).</summary>
    public bool OptionIgnoresCase { get; init; }

    /// <summary>The plan key's description ends with the option in parentheses, e.g. <c>(--horizon)</c>, for readers who know the CLI.</summary>
    public bool PlanNamesOption { get; init; }

    /// <summary>The names of the allowed values (empty when the setting is not a choice).</summary>
    public abstract ImmutableArray<string> ChoiceNames { get; }

    /// <summary>The default value, or null for none.</summary>
    public abstract object? DefaultValue { get; }

    /// <summary>Earlier plan names of the key, still read (e.g. <c>landmarks</c> for <c>times</c>); a plan that gives two of the names is refused.</summary>
    public ImmutableArray<string> PlanAliases { get; init; } = [];

    /// <summary>The documented plan key.</summary>
    public PlanKey PlanKey => new(Key, Type, DefaultText, PlanNamesOption ? $"{PlanDescription.TrimEnd('.')} ({Option})." : PlanDescription) { Aliases = PlanAliases };

    /// <summary>The name under which <paramref name="keys"/> gives the setting: the key, or one of its earlier names.</summary>
    /// <param name="keys">The plan object.</param>
    /// <returns>The name present, or the key when none is.</returns>
    /// <exception cref="PlanException">Two of the names are given.</exception>
    public string PresentKey(PlanObject keys)
    {
        var present = PlanAliases.Prepend(Key).Where(keys.Has).ToList();
        if (present.Count > 1)
        {
            throw keys.Error(present[1], $"one of {string.Join(" or ", present.Select(k => $"\"{k}\""))}", $"both", $"\"{Key}\" and its earlier name mean the same: keep \"{Key}\" only.");
        }

        return present.Count == 1 ? present[0] : Key;
    }

    /// <summary>The CLI option name of a plan key: <c>completion_day</c> gives <c>--completion-day</c>.</summary>
    public static string OptionName(string key) => "--" + key.Replace('_', '-');

    [GeneratedRegex(@"\{([a-z_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex References();
}
