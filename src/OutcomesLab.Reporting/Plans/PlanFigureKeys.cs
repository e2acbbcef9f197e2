using System.Collections.Immutable;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Plans;

/// <summary>The figure keys shared by the step-curve analyses (<c>km</c>, <c>cif</c>): time units, ticks and the table under the plot.</summary>
/// <param name="InputUnit">Unit of the time column.</param>
/// <param name="AxisUnit">Unit of the x-axis (null: the input unit).</param>
/// <param name="TickStep">Distance between x ticks in the axis unit, or null for automatic.</param>
/// <param name="XMax">Right end of the x-axis in the input unit, or null.</param>
/// <param name="RiskTable">Blocks of the table under the plot.</param>
/// <param name="Percent">Label the y-axis in percent.</param>
internal sealed record PlanFigureKeys(TimeUnit InputUnit, TimeUnit? AxisUnit, double? TickStep, double? XMax, RiskTableRows RiskTable, bool Percent)
{
    private static readonly (string, TimeUnit)[] Units = [("days", TimeUnit.Days), ("weeks", TimeUnit.Weeks), ("months", TimeUnit.Months), ("years", TimeUnit.Years)];

    /// <summary>The documented keys.</summary>
    public static ImmutableArray<PlanKey> Keys { get; } =
    [
        new("time_unit", "\"days\" | \"weeks\" | \"months\" | \"years\"", "\"days\"", "Unit of the time column; with \"time_from\" and \"time_to\" the unit the time between the dates is computed in (weeks 7, months 30.4375, years 365.25 days)."),
        new("axis_unit", "\"days\" | \"weeks\" | \"months\" | \"years\"", "time_unit", "Unit of the figure's x-axis (months = 30.4375 days)."),
        new("tick_step", "number > 0", "automatic", "Distance between x ticks (and at-risk columns) in the axis unit."),
        new("x_max", "number > 0", "last time", "Right end of the x-axis, in the time unit."),
        new("risk_table", "list of \"at-risk\" | \"events\" | \"censored\"", "[\"at-risk\"]", "Blocks of the table under the plot (survminer risk.table, cumevents, cumcensor); [] for none."),
        new("percent", "true | false", "false", "Label the y-axis in percent instead of proportions."),
    ];

    /// <summary>The plural name of a time unit as in the plan ("days").</summary>
    public static string UnitName(TimeUnit unit) => Units.First(u => u.Item2 == unit).Item1;

    /// <summary>Reads the keys.</summary>
    public static PlanFigureKeys Parse(PlanObject keys)
    {
        var input = keys.Choice("time_unit", TimeUnit.Days, Units);
        TimeUnit? axis = keys.Has("axis_unit") ? keys.Choice("axis_unit", TimeUnit.Days, Units) : null;
        var rows = RiskTableRows.None;
        if (!keys.Has("risk_table"))
        {
            rows = RiskTableRows.AtRisk;
        }
        else
        {
            var names = keys.StringList("risk_table");
            for (var i = 0; i < names.Length; i++)
            {
                rows |= names[i] switch
                {
                    "at-risk" => RiskTableRows.AtRisk,
                    "events" => RiskTableRows.Events,
                    "censored" => RiskTableRows.Censored,
                    _ => throw new PlanException(
                        keys.Document.Positions.Value(PlanPositions.Index(keys.PathOf("risk_table"), i)),
                        "one of \"at-risk\", \"events\", \"censored\"",
                        $"\"{names[i]}\"",
                        $"{PlanNames.DidYouMean(names[i], ["at-risk", "events", "censored"])}Use [] for no table."),
                };
            }
        }

        return new PlanFigureKeys(
            input,
            axis,
            keys.OptionalNumber("tick_step", "a number greater than 0", x => x > 0),
            keys.OptionalNumber("x_max", "a number greater than 0", x => x > 0),
            rows,
            keys.OptionalBool("percent", false));
    }
}
