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
        return new(key, string.Join(" | ", all.Select(c => $"\"{c.Name}\"")), $"\"{defaultName}\"", description, defaultValue, all, (keys, s) => keys.Choice(s.PresentKey(keys), s.Default, [.. s.Choices]));
    }

    /// <summary>A whole number of at least <paramref name="min"/> with a default.</summary>
    public static PlanSetting<int> Integer(string key, int defaultValue, int min, string description) =>
        new(key, string.Create(CultureInfo.InvariantCulture, $"whole number >= {min}"), defaultValue.ToString(CultureInfo.InvariantCulture), description, defaultValue, [], (keys, s) => keys.OptionalInteger(s.PresentKey(keys), s.Default, min: min));

    /// <summary>An optional whole number (null when absent) of at least <paramref name="min"/>.</summary>
    public static PlanSetting<int?> OptionalInteger(string key, string type, string defaultText, string description, int min = int.MinValue) =>
        new(key, type, defaultText, description, null, [], (keys, s) => keys.OptionalIntegerOrNull(s.PresentKey(keys), min: min));

    /// <summary>A number with a default, valid when <paramref name="valid"/> holds (described by <paramref name="expected"/>).</summary>
    public static PlanSetting<double> Number(string key, string type, double defaultValue, string description, string expected, Func<double, bool> valid) =>
        new(key, type, defaultValue.ToString(CultureInfo.InvariantCulture), description, defaultValue, [], (keys, s) => keys.OptionalNumber(s.PresentKey(keys), s.Default, expected, valid)) { Expected = expected, Valid = valid };

    /// <summary>An optional number (null when absent), valid when <paramref name="valid"/> holds.</summary>
    public static PlanSetting<double?> OptionalNumber(string key, string type, string defaultText, string description, string expected, Func<double, bool> valid) =>
        new(key, type, defaultText, description, null, [], (keys, s) => keys.OptionalNumber(s.PresentKey(keys), expected, valid)) { Expected = expected, Valid = x => x is { } v && valid(v) };

    /// <summary>true or false with a default (a CLI flag).</summary>
    /// <summary>A list of numbers, each satisfying <paramref name="valid"/>; empty by default.</summary>
    /// <param name="key">The plan key.</param>
    /// <param name="type">The documented type, e.g. "list of numbers >= 0".</param>
    /// <param name="defaultText">The documented default, e.g. "quartiles of follow-up".</param>
    /// <param name="description">What the setting does.</param>
    /// <param name="expected">One valid element in words, for messages.</param>
    /// <param name="valid">The rule for each element.</param>
    /// <returns>The setting.</returns>
    public static PlanSetting<ImmutableArray<double>> NumberList(string key, string type, string defaultText, string description, string expected, Func<double, bool> valid) =>
        new(key, type, defaultText, description, [], [], (keys, s) => keys.NumberList(s.PresentKey(keys), expected: expected, valid: valid)) { Expected = expected, Valid = list => list.All(valid) };

    public static PlanSetting<bool> Flag(string key, bool defaultValue, string description) =>
        new(key, "true | false", defaultValue ? "true" : "false", description, defaultValue, [], (keys, s) => keys.OptionalBool(s.PresentKey(keys), s.Default));

    /// <summary>An optional text (null when absent).</summary>
    public static PlanSetting<string?> OptionalText(string key, string type, string description) =>
        new(key, type, "none", description, null, [], (keys, s) => keys.OptionalString(s.Key));

    /// <summary>A text with a default.</summary>
    public static PlanSetting<string> Text(string key, string type, string defaultValue, string description) =>
        new(key, type, $"\"{defaultValue}\"", description, defaultValue, [], (keys, s) => keys.OptionalString(s.PresentKey(keys)) ?? s.Default);

    /// <summary>An optional column name (null when absent).</summary>
    /// <param name="key">The plan key.</param>
    /// <param name="description">What the column holds.</param>
    /// <returns>The setting.</returns>
    public static PlanSetting<PlanColumn?> Column(string key, string description) =>
        new(key, "column", "none", description, null, [], (keys, s) => keys.OptionalColumn(s.PresentKey(keys)));

    /// <summary>An optional true/false (null when absent: the analysis decides, e.g. as R does).</summary>
    /// <param name="key">The plan key.</param>
    /// <param name="defaultText">What happens when absent, e.g. "as R".</param>
    /// <param name="description">What the flag does.</param>
    /// <returns>The setting.</returns>
    public static PlanSetting<bool?> OptionalFlag(string key, string defaultText, string description) =>
        new(key, "true | false", defaultText, description, null, [], (keys, s) => keys.Has(s.PresentKey(keys)) ? keys.OptionalBool(s.PresentKey(keys), false) : null);

    /// <summary>A setting whose plan value has a structure of its own (a list of terms, an object of levels) read by <paramref name="read"/>; the CLI spells it as text.</summary>
    /// <typeparam name="T">The value type in the plan.</typeparam>
    /// <param name="key">The plan key.</param>
    /// <param name="type">The documented type.</param>
    /// <param name="defaultText">The documented default.</param>
    /// <param name="description">What the setting does.</param>
    /// <param name="read">Reads and checks the value from the plan object.</param>
    /// <returns>The setting.</returns>
    public static PlanSetting<T> Structured<T>(string key, string type, string defaultText, string description, Func<PlanObject, string, T> read) =>
        new(key, type, defaultText, description, default!, [], (keys, s) => read(keys, s.PresentKey(keys)));

    /// <summary>A required column name.</summary>
    /// <param name="key">The plan key.</param>
    /// <param name="description">What the column holds.</param>
    /// <returns>The setting.</returns>
    public static PlanSetting<PlanColumn> RequiredColumn(string key, string description) =>
        new(key, "column", PlanKey.Required, description, null!, [], (keys, s) => keys.Column(s.PresentKey(keys)));

    /// <summary>A required dataset: in a plan the name of a declared or published dataset, on the command line a file.</summary>
    /// <param name="key">The plan key.</param>
    /// <param name="description">What the rows are.</param>
    /// <returns>The setting.</returns>
    public static PlanSetting<PlanDatasetRef> Dataset(string key, string description) =>
        new(key, "dataset name", PlanKey.Required, description, null!, [], (keys, s) => keys.Dataset(s.PresentKey(keys)));
}
