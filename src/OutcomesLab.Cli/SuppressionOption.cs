using System.CommandLine;
using System.Globalization;

namespace OutcomesLab.Cli;

/// <summary>The <c>--suppress-below K</c> option of table1, km, plot km, plot cif and plot gap-sensitivity (small-cell suppression).</summary>
internal static class SuppressionOption
{
    public static Option<int?> Create(string description) => new("--suppress-below")
    {
        Description = description,
        HelpName = "K",
    };

    /// <summary>The parsed K, checked to be at least 2 (null when the option is absent).</summary>
    public static int? Read(CommandRun run, Option<int?> option)
    {
        var k = run.Parse.GetValue(option);
        if (k is < 2)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--suppress-below must be at least 2 (counts 1..K-1 are hidden); found {k}. CMS's cell-size rule is --suppress-below 11."));
        }

        return k;
    }
}
