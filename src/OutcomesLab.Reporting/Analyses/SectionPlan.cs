using System.Collections.Immutable;
using System.Text.Json;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// Plan keys and run-time checks shared by the retention, uds, qol, effect and compare analyses: the
/// index and two-arm keys, permissible gaps, and data problems re-located at the plan key that named
/// the column or level (so the message points at what the user wrote).
/// </summary>
internal static class SectionPlan
{
    /// <summary>The index keys (retention, uds).</summary>
    public static ImmutableArray<PlanKey> IndexKeys { get; } =
    [
        new("index", "dataset name", PlanKey.Required, "Dataset with one row per patient (after \"index_filter\"): patient id, index day (e.g. randomisation) and arm (retention/uds --index)."),
        new("index_day", "column", PlanKey.Required, "Column of the index dataset with the index day; time is counted from it, the index day being day 1 (--index-day)."),
        new("index_filter", "\"COLUMN=VALUE\"", "none", "Keep only index rows whose column has this value, e.g. \"which=1\" for the first randomisation (--index-filter)."),
        SharedKeys.IndexId.PlanKey,
        new("group", "column", "none (one group)", "Arm column of the index dataset (--group)."),
    ];

    /// <summary>The two-arm keys (effect, compare).</summary>
    public static ImmutableArray<PlanKey> TwoArmKeys { get; } =
    [
        new("dataset", "dataset name", PlanKey.Required, "The cohort dataset (--input)."),
        new("group", "column", PlanKey.Required, "Arm column (--group)."),
        new("treatment", "text", PlanKey.Required, "The arm level treated as treatment: differences are treatment minus control, ratios treatment over control (--treatment)."),
        new("control", "text", PlanKey.Required, "The reference arm level (--control)."),
    ];

    public static PlanIndex Index(PlanObject keys) =>
        new(keys.Dataset("index"), keys.Column("index_day"), Filter(keys, "index_filter"), SharedKeys.IndexId.Read(keys), keys.OptionalColumn("group"));

    public static PlanTwoArms TwoArms(PlanObject keys) =>
        new(keys.Dataset("dataset"), keys.Column("group"), Value(keys, "treatment"), Value(keys, "control"));

    /// <summary>A required text value with its location.</summary>
    public static PlanValue Value(PlanObject keys, string key) => new(keys.RequiredString(key), keys.ValueLocation(key));

    /// <summary>An optional <c>COLUMN=VALUE</c> filter.</summary>
    public static PlanValue? Filter(PlanObject keys, string key)
    {
        var text = keys.OptionalString(key, "a filter COLUMN=VALUE");
        if (text is null)
        {
            return null;
        }

        if (text.IndexOf('=', StringComparison.Ordinal) <= 0)
        {
            throw keys.Error(key, "a filter COLUMN=VALUE", $"\"{text}\"", $"Write the column, '=' and the value to keep, e.g. \"{key}\": \"which=1\".");
        }

        return new PlanValue(text, keys.ValueLocation(key));
    }

    /// <summary>A permissible gap: a whole number of days, "none", or per medication "30;methadone=7".</summary>
    public static EpisodeGap? Gap(PlanObject keys, string key)
    {
        if (!keys.Has(key))
        {
            return null;
        }

        return Gap(keys, keys.Element.GetProperty(key), keys.ValueLocation(key), key);
    }

    /// <summary>A list of permissible gaps (empty when absent).</summary>
    public static ImmutableArray<EpisodeGap> Gaps(PlanObject keys, string key)
    {
        if (!keys.Has(key))
        {
            return [];
        }

        var v = keys.Element.GetProperty(key);
        if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() == 0)
        {
            throw keys.Error(key, "a non-empty list of gaps, e.g. [7, 14, 30, \"none\"]", PlanObject.Describe(v), $"Write \"{key}\": [7, 14, 30, \"none\"].");
        }

        var path = keys.PathOf(key);
        return [.. v.EnumerateArray().Select((item, i) => Gap(keys, item, keys.Document.Positions.Value(PlanPositions.Index(path, i)), key))];
    }

    /// <summary>A list of whole numbers of at least <paramref name="min"/>, or the default when absent.</summary>
    public static ImmutableArray<int> Integers(PlanObject keys, string key, ImmutableArray<int> defaultValue, int min, int minCount = 1)
    {
        if (!keys.Has(key))
        {
            return defaultValue;
        }

        var values = keys.NumberList(key, expected: $"a whole number of at least {min}", valid: x => x == Math.Floor(x) && x >= min && x <= int.MaxValue);
        if (values.Length < minCount)
        {
            throw keys.Error(key, $"a list of at least {minCount} whole number{(minCount == 1 ? "" : "s")}", "an empty list", "Add a value, or leave the key out for the default.");
        }

        return [.. values.Select(x => (int)x)];
    }

    /// <summary>Checks columns exist in a dataset (a missing one is a plan error at the key that names it).</summary>
    public static void RequireColumns(CohortTable table, PlanDatasetRef dataset, params PlanColumn?[] columns)
    {
        foreach (var c in columns)
        {
            if (c is not null)
            {
                ReportContext.Column(table, dataset, c);
            }
        }
    }

    /// <summary>How the methods name a dataset: its file, or the analysis that derived it.</summary>
    public static string Source(ReportContext context, PlanDatasetRef dataset) =>
        context.Plan.Datasets.FirstOrDefault(d => d.Name == dataset.Name) is { } d ? Path.GetFileName(d.File) : $"the per-subject table of analysis \"{dataset.Name}\"";

    /// <summary>Reads the index dataset into the cohort of the retention and uds analyses; <paramref name="recordDates"/> (retention: whether the records carry fill dates) requires an index day of the same kind.</summary>
    public static RetentionIndex ReadIndex(ReportContext context, PlanIndex index, PlanColumn id, PlanColumn? censor, Action<string> warn, bool? recordDates = null)
    {
        var table = context.Table(index.Dataset);
        var idColumn = index.Id ?? id;
        RequireColumns(table, index.Dataset, idColumn, index.Day, index.Group, censor);
        var filter = index.Filter?.Text;
        if (filter is not null)
        {
            RequireColumns(table, index.Dataset, new PlanColumn(filter[..filter.IndexOf('=', StringComparison.Ordinal)], index.Filter!.Location));
        }

        return RetentionIndexReader.Read(
            RecordTable.From(table, "index"),
            new IndexColumns(filter, idColumn.Name, index.Id is null ? "patient" : "index_patient", index.Day.Name, "index_day", index.Group?.Name, "group", censor?.Name, "censor_day", "index_filter") { RecordDates = recordDates, RecordDayName = "day" },
            warn);
    }

    /// <summary>How the methods name the index day.</summary>
    public static string IndexSource(ReportContext context, PlanIndex index) =>
        $"column \"{index.Day.Name}\" of {Source(context, index.Dataset)}{(index.Filter is { } f ? $", rows with {f.Text}" : "")}";

    /// <summary>Reads the arms of a two-arm analysis; an unknown or repeated level is a plan error at <c>treatment</c> or <c>control</c>.</summary>
    public static Arms ReadArms(CohortTable table, PlanTwoArms arms)
    {
        RequireColumns(table, arms.Dataset, arms.Group);
        if (string.Equals(arms.Treatment.Text.Trim(), arms.Control.Text.Trim(), StringComparison.Ordinal))
        {
            throw new PlanException(arms.Control.Location, "a control level different from the treatment level", $"\"{arms.Control.Text}\"", $"Name two different levels of column \"{arms.Group.Name}\".");
        }

        var labels = ColumnValues.Texts(table, arms.Group.Name, "group");
        var levels = labels.Where(l => l is not null).Select(l => l!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var level in new[] { arms.Treatment, arms.Control })
        {
            if (!levels.Contains(level.Text.Trim(), StringComparer.Ordinal))
            {
                throw new PlanException(level.Location, $"a level of column \"{arms.Group.Name}\" of dataset \"{arms.Dataset.Name}\"", $"\"{level.Text}\"", $"{PlanNames.DidYouMean(level.Text, levels)}The levels are: {PlanNames.Quoted(levels)} (case-sensitive).");
            }
        }

        return ArmColumn.Read(table, arms.Group.Name, arms.Treatment.Text, arms.Control.Text, flag => flag.TrimStart('-'));
    }

    /// <summary>The arms with the plan's display labels (<see cref="ReportContext.ArmLabel"/>) in place of the data levels; the row codes are unchanged.</summary>
    public static Arms Labelled(Arms arms, ReportContext context) => arms with
    {
        Treatment = context.ArmLabel(arms.Treatment),
        Control = context.ArmLabel(arms.Control),
        Labels = [.. arms.Labels.Select(l => l is null ? null : context.ArmLabel(l))],
    };

    /// <summary>Runs <paramref name="body"/>, turning a usage problem raised by the shared command code into a plan error at <paramref name="location"/>.</summary>
    public static T AtPlan<T>(PlanLocation location, string expected, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (UsageException ex)
        {
            throw new PlanException(location, expected, null, ex.Message);
        }
    }

    private static EpisodeGap Gap(PlanObject keys, JsonElement v, PlanLocation location, string key)
    {
        var text = v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt32(out var d) && d >= 0 => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
            JsonValueKind.String => v.GetString(),
            _ => null,
        };
        if (text is not null && EpisodeGap.TryParse(text, out var gap))
        {
            return gap;
        }

        throw new PlanException(location, "a permissible gap: a whole number of days (e.g. 14), \"none\" (first to last dose), or per medication \"30;methadone=7\"", PlanObject.Describe(v), $"Retention depends strongly on the gap; state it, e.g. \"{key}\": 7.");
    }
}
