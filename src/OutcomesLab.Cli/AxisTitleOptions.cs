using System.CommandLine;
using System.Globalization;

namespace OutcomesLab.Cli;

/// <summary>The axis options of the plot commands, declared once: --x-label, --y-label and --x-max (figures with a time axis).</summary>
internal sealed class AxisTitleOptions(string xDefault, string yDefault)
{
    /// <summary>--x-label.</summary>
    public Option<string?> XLabel { get; } = new("--x-label") { Description = $"x-axis title (default '{xDefault}').", HelpName = "TEXT" };

    /// <summary>--y-label.</summary>
    public Option<string?> YLabel { get; } = new("--y-label") { Description = $"y-axis title (default '{yDefault}').", HelpName = "TEXT" };

    /// <summary>--x-max.</summary>
    public Option<double?> XMax { get; } = new("--x-max") { Description = "Right end of the x-axis in the axis unit (default: the last time, rounded up to the next tick).", HelpName = "T" };

    /// <summary>Adds --x-label and --y-label, and --x-max when <paramref name="xMax"/>.</summary>
    public void AddTo(Command command, bool xMax = false)
    {
        command.Options.Add(XLabel);
        command.Options.Add(YLabel);
        if (xMax)
        {
            XMax.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<double?>() is { } v && !(v > 0 && double.IsFinite(v)))
                {
                    r.AddError(string.Create(CultureInfo.InvariantCulture, $"--x-max must be a positive time; found {v}."));
                }
            });
            command.Options.Add(XMax);
        }
    }

    /// <summary>--x-label, or null for the figure's default.</summary>
    public string? X(CommandRun run) => run.Parse.GetValue(XLabel);

    /// <summary>--y-label, or null for the figure's default.</summary>
    public string? Y(CommandRun run) => run.Parse.GetValue(YLabel);

    /// <summary>--x-max, or null.</summary>
    public double? Max(CommandRun run) => run.Parse.GetValue(XMax);
}
