using System.Collections.Immutable;

namespace OutcomesLab.Reporting.Plans;

/// <summary>A <see cref="PlanSetting"/> with values of type <typeparamref name="T"/>; create one with the factories of <see cref="PlanSettings"/>.</summary>
/// <typeparam name="T">The value type (an enum for choices).</typeparam>
internal sealed record PlanSetting<T> : PlanSetting
{
    private readonly Func<PlanObject, PlanSetting<T>, T> _read;

    public PlanSetting(string key, string type, string defaultText, string description, T defaultValue, ImmutableArray<(string Name, T Value)> choices, Func<PlanObject, PlanSetting<T>, T> read)
        : base(key, type, defaultText, description)
    {
        Default = defaultValue;
        Choices = choices;
        _read = read;
    }

    /// <summary>The default value (also the CLI option's).</summary>
    public T Default { get; }

    /// <summary>The allowed names and their values, in documentation order (empty when not a choice).</summary>
    public ImmutableArray<(string Name, T Value)> Choices { get; }

    /// <summary>Further spellings the CLI accepts for a choice (e.g. <c>loglog</c> for <c>log-log</c>); the plan accepts only <see cref="Choices"/>.</summary>
    public ImmutableArray<(string Name, T Value)> OptionSpellings { get; init; } = [];

    /// <inheritdoc/>
    public override ImmutableArray<string> ChoiceNames => [.. Choices.Select(c => c.Name)];

    /// <inheritdoc/>
    public override object? DefaultValue => Default;

    /// <summary>The name of the default choice, or null when the setting is no choice or has no default among them.</summary>
    public string? DefaultName => Choices.Where(c => EqualityComparer<T>.Default.Equals(c.Value, Default)).Select(c => c.Name).FirstOrDefault();

    /// <summary>What a valid value is, in words, for messages (e.g. "a number between 0 and 1 (exclusive), such as 0.95"), or null when any value of the type is valid.</summary>
    public string? Expected { get; init; }

    /// <summary>The rule a value must satisfy (the plan reader and the CLI parser both apply it), or null when any value of the type is valid.</summary>
    public Func<T, bool>? Valid { get; init; }

    /// <summary>The value of a choice by one of its names (those of <see cref="Choices"/> or <see cref="OptionSpellings"/>, as validated by the CLI parser).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The name is none of the choices.</exception>
    public T FromName(string name)
    {
        foreach (var (n, value) in Choices.Concat(OptionSpellings))
        {
            if (string.Equals(n, name, OptionIgnoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new ArgumentException($"\"{name}\" is none of {string.Join(", ", ChoiceNames)}.", nameof(name));
    }

    /// <summary>Reads the setting from a plan object (the default when absent); a bad value is a located <see cref="PlanException"/>.</summary>
    public T Read(PlanObject keys) => _read(keys, this);
}
