using System.CommandLine;
using OutcomesLab.Cli.Commands;
using OutcomesLab.Plotting;

namespace OutcomesLab.Cli;

/// <summary>
/// The axis and table options of the step-curve figures (plot km, plot cif, plot cox-survival),
/// declared once: --time-unit (also the unit of a time computed from --time-from/--time-to),
/// --axis-unit, --percent, the CI bands switch, --risk-table and --tick-step.
/// </summary>
internal sealed class StepAxisOptions
{
    /// <summary>Creates the options; <paramref name="bandsOnByDefault"/> chooses --no-ci (bands drawn unless asked) or --ci (bands only when asked, as overlapping causes of plot cif need).</summary>
    public StepAxisOptions(bool bandsOnByDefault, string percentDescription = "Label the y-axis in percent instead of proportions.")
    {
        Percent = new("--percent") { Description = percentDescription };
        BandsOnByDefault = bandsOnByDefault;
        Bands = bandsOnByDefault
            ? new("--no-ci") { Description = "Leave out the confidence bands." }
            : new("--ci") { Description = "Shade confidence bands (off by default: bands of several causes overlap)." };
        Dates = new TimeFromDatesOptions(InputUnit);
    }

    /// <summary>--time-unit: the unit of the time column, or of the time between --time-from and --time-to.</summary>
    public Option<TimeUnit> InputUnit { get; } = PlotCommand.Unit("--time-unit", "Unit of the time column (default days); with --time-from/--time-to the unit the time between the dates is computed in (weeks 7, months 30.4375, years 365.25 days).");

    /// <summary>--axis-unit.</summary>
    public Option<TimeUnit> AxisUnit { get; } = PlotCommand.Unit("--axis-unit", "Unit of the x-axis (default: the time unit).");

    /// <summary>--percent.</summary>
    public Option<bool> Percent { get; }

    /// <summary>--no-ci or --ci.</summary>
    public Option<bool> Bands { get; }

    /// <summary>--risk-table.</summary>
    public Option<RiskTableRows> RiskTable { get; } = PlotCommand.RiskTable();

    /// <summary>--tick-step.</summary>
    public Option<double?> TickStep { get; } = TickStepOption();

    /// <summary>--tick-step, alias --break-by (survminer's <c>break.time.by</c>): the distance between x ticks, positive.</summary>
    public static Option<double?> TickStepOption()
    {
        var option = new Option<double?>("--tick-step", "--break-by") { Description = "Distance between x ticks (and table columns) in the axis unit, e.g. 90 days or 3 months (alias --break-by, as survminer's break.time.by).", HelpName = "STEP" };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } v && !(v > 0 && double.IsFinite(v)))
            {
                r.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--tick-step (--break-by) must be a positive number of axis units; found {v}."));
            }
        });
        return option;
    }

    /// <summary>--time-from/--time-to, whose unit is <see cref="InputUnit"/>.</summary>
    public TimeFromDatesOptions Dates { get; }

    private bool BandsOnByDefault { get; }

    /// <summary>The options in help order; <paramref name="tickStep"/> leaves --tick-step out where the figure has no such setting.</summary>
    public IEnumerable<Option> All(bool tickStep = true) => tickStep
        ? [InputUnit, AxisUnit, Percent, Bands, RiskTable, TickStep]
        : [InputUnit, AxisUnit, Percent, Bands, RiskTable];

    /// <summary>The unit of the time column.</summary>
    public TimeUnit Input(CommandRun run) => run.Parse.GetValue(InputUnit);

    /// <summary>The x-axis unit, or null for the time unit.</summary>
    public TimeUnit? Display(CommandRun run) => run.Parse.GetResult(AxisUnit) is { Implicit: false } ? run.Parse.GetValue(AxisUnit) : null;

    /// <summary>Proportion or percent.</summary>
    public SurvivalScale Scale(CommandRun run) => run.Parse.GetValue(Percent) ? SurvivalScale.Percent : SurvivalScale.Proportion;

    /// <summary>Whether the bands are drawn.</summary>
    public bool ConfidenceBands(CommandRun run) => run.Parse.GetValue(Bands) != BandsOnByDefault;

    /// <summary>The table blocks under the plot.</summary>
    public RiskTableRows Rows(CommandRun run) => run.Parse.GetValue(RiskTable);

    /// <summary>The tick distance, or null for automatic ticks.</summary>
    public double? Tick(CommandRun run) => run.Parse.GetValue(TickStep);
}
