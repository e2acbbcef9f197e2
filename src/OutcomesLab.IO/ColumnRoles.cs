namespace OutcomesLab.IO;

/// <summary>
/// Which CSV columns play which role in a survival analysis, by column name (case-sensitive; an
/// unknown name is an <see cref="InputException"/> that lists the columns and suggests the closest).
/// </summary>
public sealed record ColumnRoles
{
    /// <summary>Follow-up (exit) time: finite, non-negative numbers.</summary>
    public required string Time { get; init; }

    /// <summary>The event / status column; see <see cref="EventKind"/> and <see cref="EventValue"/>.</summary>
    public required string Event { get; init; }

    /// <summary>
    /// With <see cref="EventKind.Binary"/>: the value that means "event" (R's <c>status == 2</c>);
    /// every other non-missing value is censored. Null to accept 0/1, TRUE/FALSE, T/F, yes/no (CLI: <c>--event-value</c>).
    /// </summary>
    public string? EventValue { get; init; }

    /// <summary>Binary event or competing-risk codes.</summary>
    public EventKind EventKind { get; init; } = EventKind.Binary;

    /// <summary>The comparison group (arm) column, or null.</summary>
    public string? Group { get; init; }

    /// <summary>The strata column (R's <c>strata()</c>), or null.</summary>
    public string? Strata { get; init; }

    /// <summary>Numeric covariate columns (boolean columns become 0/1).</summary>
    public IReadOnlyList<string> Covariates { get; init; } = [];

    /// <summary>
    /// Covariates (of <see cref="Covariates"/>) taken as categories whatever their type, as R's
    /// <c>factor()</c>: numeric codes such as clinic 1/2 or site 101..140 are dummy-coded with levels
    /// in numeric order, and the check that a text covariate has a plausible number of levels is
    /// waived for them (CLI: <c>--factor</c>).
    /// </summary>
    public IReadOnlyList<string> Factors { get; init; } = [];

    /// <summary>The subject identifier column, or null. A missing id does not drop the row.</summary>
    public string? Id { get; init; }

    /// <summary>Delayed-entry (start) time column for left-truncated data, or null.</summary>
    public string? Entry { get; init; }

    /// <summary>Optional column of cluster labels for a cluster-robust (sandwich) variance, as R's <c>cluster()</c> term.</summary>
    public string? Cluster { get; init; }

    /// <summary>Optional column of non-negative case weights, as R's <c>weights =</c> argument.</summary>
    public string? Weights { get; init; }

    /// <summary>What happens to rows with a missing time, event, group, strata, covariate or entry value.</summary>
    public MissingValuePolicy Missing { get; init; } = MissingValuePolicy.Drop;
}
