using OutcomesLab.IO.Internal;

namespace OutcomesLab.IO;

/// <summary>
/// Reads cohort CSV files. The rules follow R's <c>read.csv</c> where it has one: a header row is
/// required, blank lines are skipped, <see cref="CsvReadOptions.MissingValues"/> play the part of
/// <c>na.strings</c>, column types are inferred from all values (numbers in invariant culture,
/// never float32). The input file is opened read-only and shared, and never modified.
/// </summary>
public static class CohortCsvReader
{
    /// <summary>
    /// Loads a CSV file into a typed table. UTF-8 with or without BOM; CRLF or LF; quoted fields may
    /// contain the delimiter, doubled quotes and line breaks. An empty first header name (R's row-name
    /// column from <c>write.csv</c>) is named <c>column1</c> with an info diagnostic; any other blank
    /// header name is an error.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Reading options; null for <see cref="CsvReadOptions.Default"/>.</param>
    /// <returns>The table with inferred column types and the source line of each row.</returns>
    /// <exception cref="InputException">The file is missing, unreadable, not UTF-8 text, empty, header-only, has bad header names, ragged rows or an unbalanced quote.</exception>
    public static CohortTable ReadTable(string path, CsvReadOptions? options = null)
        => TableLoader.Load(path, options ?? CsvReadOptions.Default);

    /// <summary>Loads a CSV file and maps its columns to survival roles (<see cref="ReadTable"/> then <see cref="CohortData.FromTable"/>).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="roles">Which column plays which role.</param>
    /// <param name="options">Reading options; null for the defaults.</param>
    /// <returns>The cohort arrays, with dropped rows reported.</returns>
    /// <exception cref="InputException">Any problem with the file or with the values of the role columns.</exception>
    public static CohortData ReadCohort(string path, ColumnRoles roles, CsvReadOptions? options = null)
        => CohortData.FromTable(ReadTable(path, options), roles);
}
