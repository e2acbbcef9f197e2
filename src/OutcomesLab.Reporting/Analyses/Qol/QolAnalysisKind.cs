using System.Collections.Immutable;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The <c>qol</c> analysis: EQ-5D index under a named, cited value set (scored as <c>outcomeslab qol score</c>)
/// and EQ VAS by arm and time point, change from the first time point with MID responders and optional
/// Jacobson–Truax reliable change, EQ-5D profile and trajectory figures.
/// </summary>
internal sealed class QolAnalysisKind : IReportAnalysisKind
{
    private static readonly string[] TimePointKeys = ["label", "items", "vas", "time"];

    public string Type => "qol";

    public string Summary => "EQ-5D index (named value set, cited) and EQ VAS by arm and time point with t CIs; change, MID responders and reliable change; EQ-5D profile and trajectory figures (outcomeslab qol score; eq5d R package value sets).";

    public ImmutableArray<PlanKey> Keys { get; } =
    [
        new("dataset", "dataset name", PlanKey.Required, "The cohort dataset, one row per patient (wide: one set of item columns per time point)."),
        new("group", "column", PlanKey.Required, "Arm column."),
        new("instrument", "\"eq5d-5l\" | \"eq5d-3l\" | \"eq5d-5l-crosswalk\"", "\"eq5d-5l\"", "EQ-5D version (qol score --instrument)."),
        new("value_set", "text", "England (5L), UK (3L, crosswalk)", "Value set by name, see 'outcomeslab qol value-sets'; its publication is cited (qol score --value-set)."),
        new("time_points", "list of { label, items, vas, time }", PlanKey.Required, "Assessments in time order: \"label\" (text), \"items\" (the five level columns MO, SC, UA, PD, AD), optional \"vas\" (EQ VAS column) and \"time\" (x position). The first is the baseline of the change scores."),
        new("mid", "number > 0", "tabulated MID of the value set", "Responder threshold on the index (McClure 2017 for EQ-5D-5L England, Walters & Brazier 2005 for 3L UK); responders are skipped with a warning when none is tabulated."),
        new("reliability", "number in [0, 1)", "none", "Reliability r of the index for the Jacobson-Truax reliable change index; leave out for no reliable-change columns."),
        SharedKeys.ConfidenceLevelOf("the t-based intervals"),
    ];

    public string? Publishes => null;

    public IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys)
    {
        var instrument = keys.Choice("instrument", "eq5d-5l", ("eq5d-5l", "eq5d-5l"), ("eq5d-3l", "eq5d-3l"), ("eq5d-5l-crosswalk", "eq5d-5l-crosswalk"));
        var valueSet = keys.OptionalString("value_set", "a value-set name");
        SectionPlan.AtPlan(keys.ValueLocation("value_set"), "a value set of " + instrument, () => QolInstrument.Create(instrument, valueSet, null));
        var points = ImmutableArray.CreateBuilder<PlanQolTimePoint>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in keys.ObjectList("time_points", required: true, minCount: 1))
        {
            p.RejectUnknownKeys(TimePointKeys);
            var label = p.RequiredString("label");
            if (!labels.Add(label))
            {
                throw p.Error("label", "a label not used by another time point", $"\"{label}\"", "Give every time point its own label.");
            }

            var items = p.ColumnList("items", required: true);
            if (items.Length != 5)
            {
                throw p.Error("items", "the five EQ-5D level columns in the order MO, SC, UA, PD, AD", $"{items.Length} column(s)", "List exactly five columns, e.g. [\"mo\", \"sc\", \"ua\", \"pd\", \"ad\"].");
            }

            points.Add(new PlanQolTimePoint(label, items, p.OptionalColumn("vas"), p.OptionalNumber("time")));
        }

        var times = points.Where(p => p.Time is not null).Select(p => p.Time!.Value).ToList();
        if (times.Count > 0 && (times.Count != points.Count || times.Zip(times.Skip(1)).Any(t => t.Second <= t.First)))
        {
            throw keys.Error("time_points", "a \"time\" on every time point, increasing (or on none)", null, "Give each time point an increasing \"time\", or leave all out for evenly spaced points.");
        }

        return new QolPlanAnalysis(header)
        {
            Dataset = keys.Dataset("dataset"),
            Group = keys.Column("group"),
            Instrument = instrument,
            ValueSet = valueSet,
            TimePoints = points.ToImmutable(),
            Mid = keys.OptionalNumber("mid", "a number greater than 0", x => x > 0),
            Reliability = keys.OptionalNumber("reliability", "a number from 0 to below 1", x => x is >= 0 and < 1),
            ConfidenceLevel = SharedKeys.ReadConfidenceLevel(keys),
        };
    }
}
