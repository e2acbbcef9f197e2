using System.CommandLine;

namespace OutcomesLab.Cli;

/// <summary>The <c>--factor COLS</c> option of cox, plot cox and plot cox-survival: covariates taken as categories whatever their type (R's <c>factor()</c>).</summary>
internal static class FactorOption
{
    public static Option<string?> Create() => SettingOptions.Text(CoxKeys.Factor, "COL,COL");

    /// <summary>The listed column names (empty when the option is absent); a name listed twice is a usage error.</summary>
    public static IReadOnlyList<string> Read(CommandRun run, Option<string?> option)
    {
        var names = (run.Parse.GetValue(option) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var twice = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new UsageException($"--factor lists \"{twice.Key}\" twice; list every column once.");
        }

        return names;
    }
}
