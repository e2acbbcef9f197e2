using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace OutcomesLab.Cli;

/// <summary>Invariant-culture parsers and shared option factories with errors that say what is allowed.</summary>
internal static class OptionParsers
{
    public static Option<double> ConfidenceLevel() => SettingOptions.Create(SharedKeys.ConfidenceLevel, "0.95");

    public static double[]? NumberList(ArgumentResult r)
    {
        var text = string.Join(",", r.Tokens.Select(t => t.Value));
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]) || values[i] < 0)
            {
                r.AddError($"{r.Parent?.ToString() ?? "option"}: expected non-negative numbers separated by commas (e.g. 90,180,365); found \"{parts[i]}\".");
                return null;
            }
        }

        return values;
    }

    /// <summary>Finite numbers (negative allowed) separated by commas, e.g. group scores 0,1,2.5.</summary>
    public static double[]? ScoreList(ArgumentResult r)
    {
        var text = string.Join(",", r.Tokens.Select(t => t.Value));
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            r.AddError($"{r.Parent?.ToString() ?? "option"}: expected numbers separated by commas (e.g. 1,2,3); found nothing.");
            return null;
        }

        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                r.AddError($"{r.Parent?.ToString() ?? "option"}: expected finite numbers separated by commas (e.g. 1,2,3 or -1,0,1); found \"{parts[i]}\".");
                return null;
            }
        }

        return values;
    }

    /// <summary>Non-empty texts separated by commas, e.g. group levels a,b,c.</summary>
    public static string[]? TextList(ArgumentResult r)
    {
        var text = string.Join(",", r.Tokens.Select(t => t.Value));
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || parts.Any(p => p.Length == 0))
        {
            r.AddError($"{r.Parent?.ToString() ?? "option"}: expected names separated by commas without empty entries (e.g. low,medium,high); found \"{text}\".");
            return null;
        }

        return parts;
    }
}
