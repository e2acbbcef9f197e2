using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Plans;

/// <summary>Name helpers for plan messages: the nearest allowed name ("did you mean") and quoted lists.</summary>
internal static class PlanNames
{
    /// <summary>The allowed name closest to <paramref name="wanted"/>, if it is close enough to be a likely typo (<see cref="NameSuggester.Closest"/>).</summary>
    public static string? Nearest(string wanted, IEnumerable<string> allowed) => NameSuggester.Closest(wanted, allowed);

    /// <summary>Formats names as <c>"a", "b", "c"</c>.</summary>
    public static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    /// <summary>"Did you mean "x"? " or empty.</summary>
    public static string DidYouMean(string wanted, IEnumerable<string> allowed)
    {
        var nearest = Nearest(wanted, allowed);
        return nearest is null ? "" : $"Did you mean \"{nearest}\"? ";
    }
}
