using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace OutcomesLab.Cli;

/// <summary>
/// Turns a setting declared once in OutcomesLab.Reporting (<see cref="PlanSetting{T}"/>: plan key, option
/// name, default, description, choices) into the System.CommandLine option of the commands, so that the
/// analysis commands, their <c>plot</c> subcommands and the plan keys share one name, default and text.
/// </summary>
internal static class SettingOptions
{
    /// <summary>The option of <paramref name="setting"/>: its name and aliases, description, default (when not null or a false flag) and, for a choice, a parser that accepts the choice names and says which are allowed.</summary>
    /// <param name="setting">The declaration.</param>
    /// <param name="helpName">The value placeholder in --help; by default the choice names joined by |.</param>
    public static Option<T> Create<T>(PlanSetting<T> setting, string? helpName = null)
    {
        var option = new Option<T>(setting.Option, [.. setting.OptionAliases])
        {
            Description = setting.OptionDescription,
            HelpName = helpName ?? (setting.Choices.IsEmpty ? null : string.Join("|", setting.ChoiceNames)),
        };
        if (setting.Default is not null && !(setting.Default is bool flag && !flag))
        {
            var value = setting.Default;
            option.DefaultValueFactory = _ => value;
        }

        if (!setting.Choices.IsEmpty)
        {
            if (setting.DefaultName is { } defaultName)
            {
                HelpDefaults.Declare(option, defaultName);
            }

            option.CustomParser = r => ParseChoice(r, setting);
            option.CompletionSources.Add([.. setting.ChoiceNames]);
        }
        else if (setting.Valid is { } valid && (typeof(T) == typeof(double) || typeof(T) == typeof(double?)))
        {
            option.CustomParser = r => ParseChecked(r, setting, valid);
        }

        return option;
    }

    /// <summary>A text option of the choice names of <paramref name="setting"/> (for commands that read the name and map it themselves), defaulting to the default's name and accepting only the names.</summary>
    public static Option<double[]> Numbers(PlanSetting<ImmutableArray<double>> setting, string helpName = "T1,T2,...") => new(setting.Option, [.. setting.OptionAliases])
    {
        Description = setting.OptionDescription,
        HelpName = helpName,
        CustomParser = r => ParseNumbers(r, setting),
    };

    public static Option<string?> Text(PlanSetting setting, string helpName, bool required = false) => new(setting.Option, [.. setting.OptionAliases])
    {
        Description = setting.OptionDescription,
        HelpName = helpName,
        Required = required,
    };

    public static Option<T> Parsed<T>(PlanSetting setting, string helpName, Func<ArgumentResult, T> parser, string? description = null) => new(setting.Option, [.. setting.OptionAliases])
    {
        Description = description ?? setting.OptionDescription,
        HelpName = helpName,
        CustomParser = parser,
    };

    public static Option<string> Names<T>(PlanSetting<T> setting)
    {
        var option = new Option<string>(setting.Option, [.. setting.OptionAliases])
        {
            Description = setting.OptionDescription,
            HelpName = string.Join("|", setting.ChoiceNames),
        };
        if (setting.DefaultName is { } name)
        {
            option.DefaultValueFactory = _ => name;
        }

        if (setting.OptionIgnoresCase || !setting.OptionSpellings.IsEmpty)
        {
            var comparison = setting.OptionIgnoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            option.Validators.Add(r =>
            {
                if (r.Tokens.Count == 0)
                {
                    return;
                }

                var text = r.Tokens[0].Value;
                if (!setting.Choices.Concat(setting.OptionSpellings).Any(c => string.Equals(c.Name, text, comparison)))
                {
                    r.AddError($"{setting.Option} must be one of {string.Join(", ", setting.ChoiceNames)}; found \"{text}\".");
                }
            });
            option.CompletionSources.Add([.. setting.ChoiceNames]);
        }
        else
        {
            option.AcceptOnlyFromAmong([.. setting.ChoiceNames]);
        }

        return option;
    }

    private static double[]? ParseNumbers(ArgumentResult r, PlanSetting<ImmutableArray<double>> setting)
    {
        var parts = string.Join(",", r.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]) || setting.Valid?.Invoke([values[i]]) == false)
            {
                r.AddError($"{setting.Option}: expected {setting.Expected} in a comma-separated list (e.g. 90,180,365); found \"{parts[i]}\".");
                return null;
            }
        }

        return values;
    }

    private static T ParseChecked<T>(ArgumentResult r, PlanSetting<T> setting, Func<T, bool> valid)
    {
        var text = r.Tokens.Count == 0 ? "" : r.Tokens[0].Value;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            && (T)(object)number is var value && valid(value))
        {
            return value;
        }

        r.AddError($"{setting.Option} must be {setting.Expected}; found \"{text}\".");
        return setting.Default;
    }

    private static T ParseChoice<T>(ArgumentResult r, PlanSetting<T> setting)
    {
        var text = r.Tokens.Count == 0 ? setting.DefaultName ?? "" : r.Tokens[0].Value;
        var comparison = setting.OptionIgnoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var (name, value) in setting.Choices.Concat(setting.OptionSpellings))
        {
            if (string.Equals(name, text, comparison))
            {
                return value;
            }
        }

        r.AddError($"{setting.Option} must be one of {string.Join(", ", setting.ChoiceNames)}; found \"{text}\".");
        return setting.Default;
    }
}
