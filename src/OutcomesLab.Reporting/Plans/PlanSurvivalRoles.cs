using System.Collections.Immutable;
using OutcomesLab.IO;
using OutcomesLab.Survival;

namespace OutcomesLab.Reporting.Plans;

/// <summary>
/// The column roles shared by the survival analyses of a plan (<c>dataset</c>, <c>time</c>, <c>event</c>,
/// <c>event_value</c>, <c>group</c>, <c>strata</c>), as the CLI's --time/--event/--event-value/--group/--strata.
/// </summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Time">Follow-up time column.</param>
/// <param name="Event">Event column (0/1, TRUE/FALSE, yes/no, or cause codes for competing risks).</param>
/// <param name="EventValue">The event column's value meaning "event" (R's <c>status == value</c>), or null.</param>
/// <param name="Group">Comparison groups, or null.</param>
/// <param name="Strata">Strata column, or null.</param>
internal sealed record PlanSurvivalRoles(PlanDatasetRef Dataset, PlanColumn Time, PlanColumn Event, string? EventValue, PlanColumn? Group, PlanColumn? Strata)
{
    /// <summary>The start-date column when the time is computed from dates (<c>time_from</c>), else null; <see cref="Time"/> then names the derived column.</summary>
    public PlanColumn? TimeFrom { get; init; }

    /// <summary>The end-date column (<c>time_to</c>), with <see cref="TimeFrom"/>.</summary>
    public PlanColumn? TimeTo { get; init; }

    /// <summary>The unit of a time computed from dates (<c>time_unit</c>).</summary>
    public FollowUpUnit TimeUnit { get; init; } = FollowUpUnit.Days;

    /// <summary>The time as captions name it: the column, or "the time from START to END in UNIT".</summary>
    public string TimeName => TimeFrom is null ? Time.Name : $"the time from {TimeFrom.Name} to {TimeTo!.Name} in {FollowUpUnits.Name(TimeUnit)}";

    /// <summary>The time as the methods text names it: the column, or how it was computed from the two dates.</summary>
    public string TimeDescription => TimeFrom is null ? Time.Name : FollowUpUnits.Statement(TimeFrom.Name, TimeTo!.Name, TimeUnit);

    /// <summary>The follow-up time as methods and captions name it: the column's label (dataset key <c>labels</c>), else "column NAME", or how it was computed from two dates.</summary>
    public string TimeText(ReportContext context)
    {
        if (TimeFrom is not null)
        {
            return TimeDescription;
        }

        var label = context.ColumnText(Dataset, Time.Name);
        return label == Time.Name ? $"column {Time.Name}" : label;
    }

    /// <summary>The event as methods and captions name it: the event column's label, else "the event (column NAME)", with the value that means event.</summary>
    public string EventText(ReportContext context)
    {
        var label = context.ColumnText(Dataset, Event.Name);
        var value = EventValue is null ? "" : $" = {EventValue}";
        return label == Event.Name ? $"the event (column {Event.Name}{value})" : EventValue is null ? label : $"{label} ({Event.Name}{value})";
    }

    /// <summary>The group column as methods name it ("by treatment arm"): its label, else its name.</summary>
    public string GroupText(ReportContext context) => Group is null ? "" : context.ColumnText(Dataset, Group.Name);

    /// <summary>Who the subjects are ("patients dosed on or after their index day"), or "subjects".</summary>
    public string SubjectsText(ReportContext context) => context.Population(Dataset) ?? "subjects";

    /// <summary>The documented keys (event codes for competing risks when <paramref name="codes"/>).</summary>
    /// <param name="codes">Competing-risk cause codes instead of a binary event.</param>
    /// <param name="groupRequired">Whether "group" is required.</param>
    /// <param name="strata">Whether "strata" is a key.</param>
    /// <param name="figureTimeUnit">The kind has a figure "time_unit" (the unit of the time column), which then is also the unit of a time computed from dates; otherwise "time_unit" is declared here.</param>
    public static ImmutableArray<PlanKey> Keys(bool codes, bool groupRequired, bool strata, bool figureTimeUnit = false) =>
    [
        new("dataset", "dataset name or analysis id", PlanKey.Required, "The dataset: a name under \"datasets\", or the id of an earlier analysis that publishes a per-subject dataset."),
        new("time", "column", "required unless time_from", "Follow-up time column (non-negative numbers), as Surv(time, ...); or give \"time_from\" and \"time_to\"."),
        DateKeys.TimeFrom.PlanKey,
        DateKeys.TimeTo.PlanKey,
        .. figureTimeUnit ? Array.Empty<PlanKey>() : [DateKeys.TimeUnit.PlanKey],
        codes
            ? new("event", "column", PlanKey.Required, "Column with 0 for censored and a positive cause code (1, 2, ...) otherwise, as cmprsk cuminc's fstatus.")
            : new("event", "column", PlanKey.Required, "Event column: 0/1, TRUE/FALSE or yes/no (or see event_value), as Surv(time, event)."),
        .. codes ? Array.Empty<PlanKey>() : [new PlanKey("event_value", "text or number", "none", "The event column's value meaning \"event\"; every other value is censored (R: Surv(time, status == value)).")],
        new("group", "column", groupRequired ? PlanKey.Required : "none", "Column with the comparison groups (arms); ordered and labelled by the plan's \"arms\"."),
        .. strata ? [new PlanKey("strata", "column", "none", "Column whose levels are strata (R strata()).")] : Array.Empty<PlanKey>(),
    ];

    /// <summary>Reads the role keys.</summary>
    public static PlanSurvivalRoles Parse(PlanObject keys, bool codes, bool groupRequired, bool strata, bool figureTimeUnit = false)
    {
        string? eventValue = null;
        if (!codes && keys.Has("event_value"))
        {
            var v = keys.Element.GetProperty("event_value");
            eventValue = v.ValueKind switch
            {
                System.Text.Json.JsonValueKind.String => keys.OptionalString("event_value"),
                System.Text.Json.JsonValueKind.Number => v.GetRawText(),
                _ => throw keys.Error("event_value", "a text or a number", PlanObject.Describe(v), "Give the value that means event, e.g. \"event_value\": 2."),
            };
        }

        var from = keys.OptionalColumn(DateKeys.TimeFrom.Key);
        var to = keys.OptionalColumn(DateKeys.TimeTo.Key);
        PlanColumn time;
        if (from is null && to is null)
        {
            if (!figureTimeUnit && keys.Has(DateKeys.TimeUnit.Key))
            {
                throw keys.Error(DateKeys.TimeUnit.Key, "\"time_unit\" only with \"time_from\" and \"time_to\"", null, "The unit applies to a time computed from two dates; a \"time\" column is used in its own unit. Remove \"time_unit\".");
            }

            time = keys.Column("time");
        }
        else
        {
            if (keys.Has("time"))
            {
                throw keys.Error("time", "either \"time\" or \"time_from\" with \"time_to\"", null, "Both give the follow-up time: keep the time column, or the two date columns it is computed from.");
            }

            from ??= keys.Column(DateKeys.TimeFrom.Key);
            to ??= keys.Column(DateKeys.TimeTo.Key);
            time = new PlanColumn(DerivedTimeName, from.Location);
        }

        return new PlanSurvivalRoles(
            keys.Dataset(),
            time,
            keys.Column("event"),
            eventValue,
            groupRequired ? keys.Column("group") : keys.OptionalColumn("group"),
            strata ? keys.OptionalColumn("strata") : null)
        {
            TimeFrom = from,
            TimeTo = to,
            TimeUnit = figureTimeUnit
                ? keys.OptionalString(DateKeys.TimeUnit.Key) switch
                {
                    "weeks" => FollowUpUnit.Weeks,
                    "months" => FollowUpUnit.Months,
                    "years" => FollowUpUnit.Years,
                    _ => FollowUpUnit.Days,
                }
                : DateKeys.TimeUnit.Read(keys),
        };
    }

    /// <summary>The name of the time column computed from dates (a dataset column of that name is left alone: the derived one is used).</summary>
    public const string DerivedTimeName = "time_from_dates";

    /// <summary>The cohort arrays of the roles (rows missing a role value are dropped with a warning).</summary>
    public CohortData Cohort(ReportContext context, EventKind kind, IReadOnlyList<PlanColumn>? covariates = null, PlanColumn? cluster = null, PlanColumn? weights = null, IReadOnlyList<string>? factors = null)
    {
        var table = context.Table(Dataset);
        foreach (var c in new[] { TimeFrom is null ? Time : null, TimeFrom, TimeTo, Event, Group, Strata, cluster, weights }.Concat(covariates ?? []))
        {
            if (c is not null)
            {
                ReportContext.Column(table, Dataset, c);
            }
        }

        if (TimeFrom is not null)
        {
            var name = Time.Name;
            for (var k = 2; table.FindColumn(name) is not null; k++)
            {
                name = FormattableString.Invariant($"{Time.Name}_{k}");
            }

            table = table.WithDerivedColumn(name, DateColumns.TimeBetween(table, TimeFrom.Name, TimeTo!.Name, TimeUnit));
            return CohortFrom(context, table, kind, name, covariates, cluster, weights, factors);
        }

        return CohortFrom(context, table, kind, Time.Name, covariates, cluster, weights, factors);
    }

    private CohortData CohortFrom(ReportContext context, CohortTable table, EventKind kind, string time, IReadOnlyList<PlanColumn>? covariates, PlanColumn? cluster, PlanColumn? weights, IReadOnlyList<string>? factors)
    {
        var cohort = CohortData.FromTable(table, new ColumnRoles
        {
            Time = time,
            Event = Event.Name,
            EventValue = EventValue,
            EventKind = kind,
            Group = Group?.Name,
            Strata = Strata?.Name,
            Covariates = [.. (covariates ?? []).Select(c => c.Name)],
            Factors = factors ?? [],
            Cluster = cluster?.Name,
            Weights = weights?.Name,
        });
        foreach (var d in cohort.Diagnostics)
        {
            context.Warn($"{Dataset.Name}: {d.Message}");
        }

        return cohort;
    }

    /// <summary>The validated sample with the groups in the plan's arm order.</summary>
    public static SurvivalSample Sample(ReportContext context, CohortData cohort) =>
        cohort.ToSurvivalSample(cohort.Group is null ? null : new SurvivalSampleOptions(GroupLevels: [.. context.OrderArms(cohort.Group)]));
}
