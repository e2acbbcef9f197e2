using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.IO.Internal;
using OutcomesLab.Survival;

namespace OutcomesLab.IO;

/// <summary>
/// The role columns of a cohort as plain arrays ready for Core, one element per kept row. Rows with a
/// missing value in a role column are dropped as R's <c>na.omit</c> does (unless
/// <see cref="ColumnRoles.Missing"/> is <see cref="MissingValuePolicy.Fail"/>) and reported in
/// <see cref="DroppedLines"/> and <see cref="Diagnostics"/>.
/// </summary>
public sealed record CohortData
{
    /// <summary>The file the data came from, as the user named it.</summary>
    public required string SourceFile { get; init; }

    /// <summary>The role mapping used.</summary>
    public required ColumnRoles Roles { get; init; }

    /// <summary>Follow-up (exit) times: finite and non-negative.</summary>
    public required ImmutableArray<double> Time { get; init; }

    /// <summary>How the event column was coded.</summary>
    public required EventKind EventKind { get; init; }

    /// <summary>True where an event (of any cause) was observed.</summary>
    public required ImmutableArray<bool> Event { get; init; }

    /// <summary>0 = censored, 1 = event for binary data; the cause code (0 = censored) for <see cref="EventKind.Codes"/>.</summary>
    public required ImmutableArray<int> Status { get; init; }

    /// <summary>Group label per row, or null when no group column was named. Numbers are written in invariant round-trip form ("1", "2.5").</summary>
    public IReadOnlyList<string>? Group { get; init; }

    /// <summary>Stratum label per row, or null.</summary>
    public IReadOnlyList<string>? Strata { get; init; }

    /// <summary>Numeric covariate columns of <see cref="ColumnRoles.Covariates"/>; boolean columns are 1/0.</summary>
    public required IReadOnlyDictionary<string, ImmutableArray<double>> Covariates { get; init; }

    /// <summary>Text (categorical) covariate columns of <see cref="ColumnRoles.Covariates"/>, as trimmed labels; a model dummy-codes them (R's factor with treatment contrasts).</summary>
    public IReadOnlyDictionary<string, ImmutableArray<string>> CategoricalCovariates { get; init; } = new Dictionary<string, ImmutableArray<string>>();

    /// <summary>Cluster labels per kept row, or null without a cluster column.</summary>
    public IReadOnlyList<string>? Cluster { get; init; }

    /// <summary>Case weights per kept row, or null without a weights column.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>Subject id per row (null where missing), or null when no id column was named.</summary>
    public IReadOnlyList<string?>? Id { get; init; }

    /// <summary>Delayed-entry times, or null when no entry column was named.</summary>
    public IReadOnlyList<double>? Entry { get; init; }

    /// <summary>The 1-based physical file line of each kept row.</summary>
    public required ImmutableArray<int> SourceLines { get; init; }

    /// <summary>The file lines of rows dropped for a missing role value.</summary>
    public required ImmutableArray<int> DroppedLines { get; init; }

    /// <summary>Warnings for the CLI, e.g. "3 rows dropped because time or event is missing (lines 12, 40, 77).".</summary>
    public required ImmutableArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>Number of kept rows.</summary>
    public int Count => Time.Length;

    /// <summary>
    /// Builds the validated Core input: <see cref="SurvivalSample.Create"/> for binary events,
    /// <see cref="SurvivalSample.CreateCompeting"/> for <see cref="EventKind.Codes"/>.
    /// </summary>
    /// <param name="options">Group and strata level order, or null for the defaults.</param>
    /// <returns>The survival sample.</returns>
    public SurvivalSample ToSurvivalSample(SurvivalSampleOptions? options = null) => EventKind == EventKind.Codes
        ? SurvivalSample.CreateCompeting(Time, Status, Group, Strata, Weights, Entry, options)
        : SurvivalSample.Create(Time, Event, Group, Strata, Weights, Entry, options);

    /// <summary>Checks that a group column was named and has at least two levels among the kept rows, as a comparison (log-rank, Cox group effect) needs.</summary>
    /// <exception cref="InputException">No group column, or only one group.</exception>
    public void RequireGroupComparison()
    {
        if (Group is null)
        {
            throw new InputException(new InputProblem(SourceFile, null, null, "a group column for the comparison", null, "Name the column that holds the treatment arm or group."));
        }

        var levels = Group.Distinct(StringComparer.Ordinal).ToList();
        if (levels.Count < 2)
        {
            var dropped = DroppedLines.Length > 0
                ? string.Create(CultureInfo.InvariantCulture, $" ({DroppedLines.Length} rows were dropped for missing values)")
                : string.Empty;
            throw new InputException(new InputProblem(
                SourceFile,
                null,
                Roles.Group,
                "at least two groups to compare",
                levels.Count == 1 ? levels[0] : "no group value (every row was dropped)",
                string.Create(CultureInfo.InvariantCulture, $"All {Count} kept rows{dropped} are in one group. Choose the column that separates the arms, or analyse without a comparison.")));
        }
    }

    /// <summary>
    /// Maps the columns of a loaded table to survival roles, validates every value and drops rows
    /// with missing role values (R's <c>na.omit</c>). Problems name the file line and column.
    /// </summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="roles">Which column plays which role.</param>
    /// <returns>The cohort arrays.</returns>
    /// <exception cref="InputException">Unknown column names (the closest existing name is suggested), invalid times, event values outside the allowed set, non-numeric covariates, or missing values under <see cref="MissingValuePolicy.Fail"/>.</exception>
    public static CohortData FromTable(CohortTable table, ColumnRoles roles) => CohortBuilder.Build(table, roles);
}
