using System.CommandLine;
using OutcomesLab.IO;

namespace OutcomesLab.Cli;

/// <summary>
/// --time-from START --time-to END [--time-unit days|weeks|months|years]: the follow-up time computed
/// from two date columns instead of a --time column (declared once in <see cref="DateKeys"/>, shared with the plan keys).
/// </summary>
internal sealed class TimeFromDatesOptions
{
    private readonly Option<Plotting.TimeUnit>? _plotUnit;
    private Option<string>? _time;

    /// <summary>The options with their own --time-unit.</summary>
    public TimeFromDatesOptions() => Unit = SettingOptions.Create(DateKeys.TimeUnit);

    /// <summary>
    /// The options of a plot command, whose --time-unit already is the unit of the time column (for the
    /// axis): a time computed from dates is expressed in that same unit, so the axis stays right.
    /// </summary>
    public TimeFromDatesOptions(Option<Plotting.TimeUnit> plotUnit) => _plotUnit = plotUnit;

    public Option<string?> From { get; } = SettingOptions.Create(DateKeys.TimeFrom, "START");

    public Option<string?> To { get; } = SettingOptions.Create(DateKeys.TimeTo, "END");

    /// <summary>The --time-unit of the computed time, or null on a plot command (which has its own).</summary>
    public Option<FollowUpUnit>? Unit { get; }

    /// <summary>Adds the options after <paramref name="time"/>, which becomes optional (one of the two ways must be given).</summary>
    public void AddTo(Command command, Option<string> time)
    {
        _time = time;
        time.Required = false;
        time.Description += " Or compute it from two date columns with --time-from and --time-to.";
        command.Options.Add(From);
        command.Options.Add(To);
        if (Unit is not null)
        {
            command.Options.Add(Unit);
        }
    }

    /// <summary>
    /// The time column to use: --time as given, or a column "time" (or "time_from_dates" when taken)
    /// appended to the table with (END − START) in the unit, recorded on the run so the output states it.
    /// </summary>
    public (CohortTable Table, string Time) Apply(CommandRun run, CohortTable table)
    {
        var time = run.Parse.GetValue(_time!);
        var from = run.Parse.GetValue(From);
        var to = run.Parse.GetValue(To);
        var unitGiven = Unit is not null && run.Parse.GetResult(Unit) is { Implicit: false };
        if (time is not null && (from is not null || to is not null))
        {
            throw new UsageException($"--time {time} and {(from is not null ? "--time-from" : "--time-to")} both give the follow-up time: give either a time column (--time) or the two dates (--time-from START --time-to END), not both.");
        }

        if (time is not null)
        {
            if (unitGiven)
            {
                throw new UsageException("--time-unit is the unit of a time computed from dates: it needs --time-from and --time-to (a --time column is used in its own unit).");
            }

            return (table, time);
        }

        if (from is null || to is null)
        {
            throw new UsageException(from is null && to is null
                ? "Give the follow-up time: --time COLUMN, or --time-from START --time-to END for two date columns."
                : $"{(from is null ? "--time-to" : "--time-from")} needs {(from is null ? "--time-from" : "--time-to")}: the time is computed from the start and end dates.");
        }

        var unit = Unit is not null ? run.Parse.GetValue(Unit) : run.Parse.GetValue(_plotUnit!) switch
        {
            Plotting.TimeUnit.Weeks => FollowUpUnit.Weeks,
            Plotting.TimeUnit.Months => FollowUpUnit.Months,
            Plotting.TimeUnit.Years => FollowUpUnit.Years,
            _ => FollowUpUnit.Days,
        };
        var values = DateColumns.TimeBetween(table, from, to, unit);
        var name = table.FindColumn("time") is null ? "time" : UniqueName(table, "time_from_dates");
        run.Derive(new DerivedColumn(name, from, to, FollowUpUnits.Name(unit), FollowUpUnits.DaysPer(unit), FollowUpUnits.Statement(from, to, unit)));
        return (table.WithDerivedColumn(name, values), name);
    }

    private static string UniqueName(CohortTable table, string stem)
    {
        var name = stem;
        for (var k = 2; table.FindColumn(name) is not null; k++)
        {
            name = FormattableString.Invariant($"{stem}_{k}");
        }

        return name;
    }
}
