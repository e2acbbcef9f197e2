using System.Globalization;
using OutcomesLab.Formatting;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// Group names in running text: a group whose label reads as a number ("1", "2") is written with its
/// variable ("clinic 1"), so that "clinic 1: 428" is not read as 1,428; every listed group is written
/// "group: value".
/// </summary>
internal static class GroupProse
{
    /// <summary>The label, prefixed by <paramref name="variable"/> when the label alone reads as a number.</summary>
    /// <param name="label">The group's display label.</param>
    /// <param name="variable">The group column's label or name, or null when unknown.</param>
    public static string Name(string label, string? variable) =>
        variable is not null && double.TryParse(label, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? $"{variable} {label}"
            : label;

    /// <summary>One list item: <c>clinic 1: 428 (95% CI 348 to 514)</c>.</summary>
    /// <param name="label">The group's display label.</param>
    /// <param name="variable">The group column's label or name, or null.</param>
    /// <param name="value">The value text.</param>
    public static string Item(string label, string? variable, string value) => $"{Name(label, variable)}: {value}";

    /// <summary>A median time with its CI: <c>428 (95% CI 348 to 514)</c>, <c>292 (95% CI 237 to not reached)</c> or <c>not reached</c>.</summary>
    /// <param name="median">The median, null when not reached.</param>
    /// <param name="lower">Its lower CI bound, null when not reached.</param>
    /// <param name="upper">Its upper CI bound, null when not reached.</param>
    /// <param name="pct">The confidence level in percent, as text.</param>
    public static string Median(double? median, double? lower, double? upper, string pct) => median is null
        ? NumberStyle.NotReached
        : $"{NumberStyle.Time(median)} ({pct}% CI {NumberStyle.TimeInterval(lower, upper)})";
}
