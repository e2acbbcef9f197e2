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
    /// <summary>The documented keys (event codes for competing risks when <paramref name="codes"/>).</summary>
    public static ImmutableArray<PlanKey> Keys(bool codes, bool groupRequired, bool strata) =>
    [
        new("dataset", "dataset name or analysis id", PlanKey.Required, "The dataset: a name under \"datasets\", or the id of an earlier analysis that publishes a per-subject dataset."),
        new("time", "column", PlanKey.Required, "Follow-up time column (non-negative numbers), as Surv(time, ...)."),
        codes
            ? new("event", "column", PlanKey.Required, "Column with 0 for censored and a positive cause code (1, 2, ...) otherwise, as cmprsk cuminc's fstatus.")
            : new("event", "column", PlanKey.Required, "Event column: 0/1, TRUE/FALSE or yes/no (or see event_value), as Surv(time, event)."),
        .. codes ? Array.Empty<PlanKey>() : [new PlanKey("event_value", "text or number", "none", "The event column's value meaning \"event\"; every other value is censored (R: Surv(time, status == value)).")],
        new("group", "column", groupRequired ? PlanKey.Required : "none", "Column with the comparison groups (arms); ordered and labelled by the plan's \"arms\"."),
        .. strata ? [new PlanKey("strata", "column", "none", "Column whose levels are strata (R strata()).")] : Array.Empty<PlanKey>(),
    ];

    /// <summary>Reads the role keys.</summary>
    public static PlanSurvivalRoles Parse(PlanObject keys, bool codes, bool groupRequired, bool strata)
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

        return new PlanSurvivalRoles(
            keys.Dataset(),
            keys.Column("time"),
            keys.Column("event"),
            eventValue,
            groupRequired ? keys.Column("group") : keys.OptionalColumn("group"),
            strata ? keys.OptionalColumn("strata") : null);
    }

    /// <summary>The cohort arrays of the roles (rows missing a role value are dropped with a warning).</summary>
    public CohortData Cohort(ReportContext context, EventKind kind, IReadOnlyList<PlanColumn>? covariates = null, PlanColumn? cluster = null, PlanColumn? weights = null, IReadOnlyList<string>? factors = null)
    {
        var table = context.Table(Dataset);
        foreach (var c in new[] { Time, Event, Group, Strata, cluster, weights }.Concat(covariates ?? []))
        {
            if (c is not null)
            {
                ReportContext.Column(table, Dataset, c);
            }
        }

        var cohort = CohortData.FromTable(table, new ColumnRoles
        {
            Time = Time.Name,
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
