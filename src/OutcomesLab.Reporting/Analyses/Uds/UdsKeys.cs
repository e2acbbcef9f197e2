using System.Globalization;
namespace OutcomesLab.Reporting.Analyses;

/// <summary>The settings the <c>uds</c> plan kind shares with <c>outcomeslab uds</c> and <c>plot uds-heatmap</c>, declared once for the plan keys and the CLI options.</summary>
internal static class UdsKeys
{
    /// <summary>Column naming the positive substance (default <c>what</c>, as in the CTN-0094 tables).</summary>
    public static PlanSetting<string> SubstanceColumn { get; } = PlanSettings.Text(
        "substance_column",
        "column",
        "what",
        "Column of the uds dataset naming the positive substance.") with
    { PlanNamesOption = true };

    /// <summary>Consecutive positive weeks that define relapse (CTN-0094, Lee 2018: 4).</summary>
    public static PlanSetting<int> RelapseWeeks { get; } = PlanSettings.Integer("relapse_weeks", 4, 1, "Consecutive positive weeks that define relapse (CTN-0094, Lee 2018: 4).") with { PlanNamesOption = true };

    /// <summary>Earliest week a relapse run may start.</summary>
    public static PlanSetting<int> RelapseFrom { get; } = PlanSettings.Integer("relapse_from", 1, 1, "Earliest week a relapse run may start.") with { PlanNamesOption = true };

    /// <summary>Final weeks that must be negative for a responder.</summary>
    public static PlanSetting<int> FinalWeeks { get; } = PlanSettings.Integer("final_weeks", 4, 1, "Final weeks that must be negative for a responder.") with { PlanNamesOption = true };

    /// <summary>Consecutive missing weeks that define study dropout.</summary>
    public static PlanSetting<int> DropoutWeeks { get; } = PlanSettings.Integer("dropout_weeks", 4, 1, "Consecutive missing weeks that define study dropout.") with { PlanNamesOption = true };

    /// <summary>How a week without a sample counts; required in plan and CLI (no default: abstinence rates differ by tens of points between the rules).</summary>
    public static PlanSetting<string?> Missing { get; } = new(
        "missing",
        "\"positive\" | \"negative\" | \"missing\"",
        PlanKey.Required,
        "How a week without a sample counts; no default because abstinence rates differ by tens of points between the rules; most MOUD trials count missing as positive.",
        null,
        [("positive", "positive"), ("negative", "negative"), ("missing", "missing")],
        (keys, s) => keys.Has(s.Key)
            ? keys.RequiredChoice(s.Key, [.. s.Choices])
            : throw keys.Error(s.Key, "the key \"missing\" (\"positive\", \"negative\" or \"missing\")", "no such key", UdsTables.MissingIsMandatory("\"missing\"")));

    /// <summary>The weeks of the word, FIRST-LAST (default 1-24; week k = days 7(k-1)+1..7k after the index day); plans may still give <c>first_week</c> and <c>last_week</c>.</summary>
    public static PlanSetting<(int First, int Last)> Weeks { get; } = new(
        "weeks",
        "\"FIRST-LAST\", 1 <= FIRST <= LAST",
        "\"1-24\"",
        "Weeks of the word, e.g. 1-24: week k = days 7(k-1)+1..7k after the index day.",
        (1, 24),
        [],
        ReadWeeks)
    { PlanAliases = ["first_week", "last_week"] };

    /// <summary>Parses FIRST-LAST weeks (1 &lt;= FIRST &lt;= LAST).</summary>
    /// <param name="text">The text, e.g. "1-24".</param>
    /// <returns>The weeks, or null when the text is not FIRST-LAST.</returns>
    public static (int First, int Last)? ParseWeeks(string text)
    {
        var parts = text.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            && a >= 1 && b >= a
            ? (a, b)
            : null;
    }

    private static (int First, int Last) ReadWeeks(PlanObject keys, PlanSetting<(int First, int Last)> s)
    {
        if (keys.Has(s.Key))
        {
            if (keys.Has("first_week") || keys.Has("last_week"))
            {
                throw keys.Error(keys.Has("first_week") ? "first_week" : "last_week", "either \"weeks\" or the earlier \"first_week\"/\"last_week\"", "both", "Keep \"weeks\": \"FIRST-LAST\" only.");
            }

            var text = keys.OptionalString(s.Key, "weeks as \"FIRST-LAST\"")!;
            return ParseWeeks(text) ?? throw keys.Error(s.Key, "weeks as \"FIRST-LAST\" with 1 <= FIRST <= LAST, e.g. \"1-24\"", $"\"{text}\"", "Write e.g. \"weeks\": \"1-24\".");
        }

        var first = keys.OptionalInteger("first_week", s.Default.First, min: 1);
        var last = keys.OptionalInteger("last_week", s.Default.Last, min: 1);
        if (last < first)
        {
            throw keys.Error("last_week", $"a week of at least first_week ({first})", last.ToString(CultureInfo.InvariantCulture), "Give last_week >= first_week.");
        }

        return (first, last);
    }
}
