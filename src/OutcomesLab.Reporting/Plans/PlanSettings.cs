using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Reporting.Plans;

/// <summary>Factories of <see cref="PlanSetting{T}"/> by value kind: the type text, default text and plan reader follow from the kind.</summary>
internal static class PlanSettings
{
    /// <summary>One of a fixed set of names (case-sensitive in the plan), mapped to its value.</summary>
    public static PlanSetting<T> Choice<T>(string key, T defaultValue, string description, params (string Name, T Value)[] choices)
    {
        var all = choices.ToImmutableArray();
        var defaultName = all.Where(c => EqualityComparer<T>.Default.Equals(c.Value, defaultValue)).Select(c => c.Name).First();
        return new(key, string.Join(" | ", all.Select(c => $"\"{c.Name}\"")), $"\"{defaultName}\"", description, defaultValue, all, (keys, s) => keys.Choice(s.Key, s.Default, [.. s.Choices]));
    }

    /// <summary>A whole number of at least <paramref name="min"/> with a default.</summary>
    public static PlanSetting<int> Integer(string key, int defaultValue, int min, string description) =>
        new(key, string.Create(CultureInfo.InvariantCulture, $"whole number >= {min}"), defaultValue.ToString(CultureInfo.InvariantCulture), description, defaultValue, [], (keys, s) => keys.OptionalInteger(s.Key, s.Default, min: min));

    /// <summary>An optional whole number (null when absent) of at least <paramref name="min"/>.</summary>
    public static PlanSetting<int?> OptionalInteger(string key, string type, string defaultText, string description, int min = int.MinValue) =>
        new(key, type, defaultText, description, null, [], (keys, s) => keys.OptionalIntegerOrNull(s.Key, min: min));

    /// <summary>A number with a default, valid when <paramref name="valid"/> holds (described by <paramref name="expected"/>).</summary>
    public static PlanSetting<double> Number(string key, string type, double defaultValue, string description, string expected, Func<double, bool> valid) =>
        new(key, type, defaultValue.ToString(CultureInfo.InvariantCulture), description, defaultValue, [], (keys, s) => keys.OptionalNumber(s.Key, s.Default, expected, valid));

    /// <summary>An optional number (null when absent), valid when <paramref name="valid"/> holds.</summary>
    public static PlanSetting<double?> OptionalNumber(string key, string type, string defaultText, string description, string expected, Func<double, bool> valid) =>
        new(key, type, defaultText, description, null, [], (keys, s) => keys.OptionalNumber(s.Key, expected, valid));

    /// <summary>true or false with a default (a CLI flag).</summary>
    public static PlanSetting<bool> Flag(string key, bool defaultValue, string description) =>
        new(key, "true | false", defaultValue ? "true" : "false", description, defaultValue, [], (keys, s) => keys.OptionalBool(s.Key, s.Default));

    /// <summary>An optional text (null when absent).</summary>
    public static PlanSetting<string?> OptionalText(string key, string type, string description) =>
        new(key, type, "none", description, null, [], (keys, s) => keys.OptionalString(s.Key));

    /// <summary>A text with a default.</summary>
    public static PlanSetting<string> Text(string key, string type, string defaultValue, string description) =>
        new(key, type, $"\"{defaultValue}\"", description, defaultValue, [], (keys, s) => keys.OptionalString(s.Key) ?? s.Default);
}
