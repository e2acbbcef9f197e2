using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The age at index of Table 1 (CLI <c>--age-from DOB --age-at INDEX</c>, plan <c>age_from</c>/<c>age_at</c>):
/// a derived continuous variable of completed years, <see cref="DateColumns.AgeInYears"/>.
/// </summary>
internal static class Table1Age
{
    /// <summary>How the age is computed, for outputs and the methods text.</summary>
    public static string Statement(string name, string dateOfBirth, string indexDate) =>
        $"{name} = completed years from {dateOfBirth} to {indexDate}, floor(lubridate::time_length(interval({dateOfBirth}, {indexDate}), \"years\")) (Grolemund & Wickham, J Stat Softw 2011): the last birthday on or before the index date, a 29 February birthday falling on 1 March in common years";

    /// <summary>Appends the age column ("age", or "age_at_index" when the file has an "age") and lists it among the variables (at the end unless already named).</summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="request">The Table 1 request.</param>
    /// <param name="dateOfBirth">The date-of-birth column.</param>
    /// <param name="indexDate">The index-date column.</param>
    /// <returns>The extended table and request, and the age column's name.</returns>
    public static (CohortTable Table, Table1Request Request, string Name) Add(CohortTable table, Table1Request request, string dateOfBirth, string indexDate)
    {
        var (extended, name) = AddColumn(table, dateOfBirth, indexDate);
        List<string> variables = request.Variables.Contains(name, StringComparer.Ordinal) ? request.Variables : [.. request.Variables, name];
        return (extended, request with { Variables = variables }, name);
    }

    /// <summary>Appends the age column ("age", or "age_at_index" when the file has an "age").</summary>
    /// <param name="table">The loaded table.</param>
    /// <param name="dateOfBirth">The date-of-birth column.</param>
    /// <param name="indexDate">The index-date column.</param>
    /// <returns>The extended table and the age column's name.</returns>
    public static (CohortTable Table, string Name) AddColumn(CohortTable table, string dateOfBirth, string indexDate)
    {
        var name = "age";
        for (var k = 0; table.FindColumn(name) is not null; k++)
        {
            name = k == 0 ? "age_at_index" : FormattableString.Invariant($"age_at_index_{k + 1}");
        }

        return (table.WithDerivedColumn(name, DateColumns.AgeInYears(table, dateOfBirth, indexDate)), name);
    }
}
