using System.CommandLine;
using OutcomesLab.IO;
using OutcomesLab.Survival;

namespace OutcomesLab.Cli;

/// <summary>Column-role options of the survival commands: --time (or --time-from/--time-to/--time-unit), --event, --event-value, --group, --strata, --reference.</summary>
internal sealed class SurvivalRoleOptions(bool groupRequired, TimeFromDatesOptions? dates = null)
{
    public Option<string> Time { get; } = new("--time") { Description = "Column with the follow-up time (non-negative numbers).", Required = true, HelpName = "COLUMN" };

    public Option<string> Event { get; } = new("--event") { Description = "Column with the event indicator: 0/1, TRUE/FALSE, yes/no (or see --event-value).", Required = true, HelpName = "COLUMN" };

    public Option<string?> EventValue { get; } = new("--event-value") { Description = "The event column's value that means 'event' (like R's status == 2); every other value is censored.", HelpName = "VALUE" };

    public Option<string?> Group { get; } = new("--group", "-g") { Description = "Column with the comparison groups (arms).", Required = groupRequired, HelpName = "COLUMN" };

    public Option<string?> Strata { get; } = new("--strata") { Description = "Column whose levels are strata with separate baseline hazards.", HelpName = "COLUMN" };

    public Option<string?> Reference { get; } = new("--reference") { Description = "The reference (control) group level; by default the first level in sorted order.", HelpName = "LEVEL" };

    public TimeFromDatesOptions Dates { get; } = dates ?? new();

    public void AddTo(Command command)
    {
        command.Options.Add(Time);
        Dates.AddTo(command, Time);
        foreach (var option in new Option[] { Event, EventValue, Group, Strata, Reference })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Maps the roles on a loaded table; rows missing a role value are dropped and reported as a warning.</summary>
    /// <param name="run">The run.</param>
    /// <param name="table">The loaded table.</param>
    /// <param name="kind">How the event column is read.</param>
    /// <param name="weights">Column of case weights, or null.</param>
    /// <param name="entry">Column of entry (start) times of (start, stop] data, or null.</param>
    public CohortData Cohort(CommandRun run, CohortTable table, EventKind kind, string? weights = null, string? entry = null)
    {
        (table, var time) = Dates.Apply(run, table);
        var roles = new ColumnRoles
        {
            Time = time,
            Event = run.Parse.GetValue(Event)!,
            EventValue = run.Parse.GetValue(EventValue),
            EventKind = kind,
            Group = run.Parse.GetValue(Group),
            Strata = run.Parse.GetValue(Strata),
            Weights = weights,
            Entry = entry,
        };
        var cohort = CohortData.FromTable(table, roles);
        run.Warn(cohort.Diagnostics);

        return cohort;
    }

    /// <summary>Builds the validated sample, putting the --reference level first when given.</summary>
    /// <param name="run">The command run.</param>
    /// <param name="cohort">The mapped cohort.</param>
    /// <param name="levels">An explicit order of every group level (the command's <c>--levels</c>), or null.</param>
    /// <param name="levelsOption">The name of the option that gave <paramref name="levels"/>, for messages.</param>
    public SurvivalSample Sample(CommandRun run, CohortData cohort, IReadOnlyList<string>? levels = null, string levelsOption = "--levels")
    {
        var reference = run.Parse.GetValue(Reference);
        SurvivalSampleOptions? options = null;
        if (levels is not null)
        {
            if (cohort.Group is null)
            {
                throw new UsageException($"{levelsOption} orders the levels of --group; give --group too.");
            }

            if (reference is not null)
            {
                throw new UsageException($"--reference and {levelsOption} both set the group order; give the order with {levelsOption} only (its first level is the reference).");
            }

            var present = Factor.DefaultOrder(cohort.Group.Distinct(StringComparer.Ordinal));
            var duplicate = levels.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new UsageException($"{levelsOption} names \"{duplicate.Key}\" twice; name every level of column \"{cohort.Roles.Group}\" once: {string.Join(",", present)}.");
            }

            var unknown = levels.FirstOrDefault(l => !present.Contains(l));
            var missing = present.FirstOrDefault(l => !levels.Contains(l));
            if (unknown is not null || missing is not null)
            {
                var what = unknown is not null ? $"\"{unknown}\" is not a level of column \"{cohort.Roles.Group}\"" : $"level \"{missing}\" of column \"{cohort.Roles.Group}\" is missing";
                throw new UsageException($"{levelsOption}: {what}. Name every level once, in the order wanted; the levels are {string.Join(",", present)}.");
            }

            return cohort.ToSurvivalSample(new SurvivalSampleOptions(GroupLevels: [.. levels]));
        }

        if (reference is not null)
        {
            if (cohort.Group is null)
            {
                throw new UsageException("--reference needs --group.");
            }

            var sorted = Factor.DefaultOrder(cohort.Group.Distinct(StringComparer.Ordinal));
            if (!sorted.Contains(reference))
            {
                throw new UsageException($"--reference \"{reference}\" is not a level of column \"{cohort.Roles.Group}\"; the levels are {string.Join(", ", sorted)}.");
            }

            options = new SurvivalSampleOptions(GroupLevels: [reference, .. sorted.Where(l => l != reference)]);
        }

        return cohort.ToSurvivalSample(options);
    }
}
