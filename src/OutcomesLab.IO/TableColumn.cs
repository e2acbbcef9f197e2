namespace OutcomesLab.IO;

/// <summary>A column of a loaded <see cref="CohortTable"/>.</summary>
/// <param name="Name">The header name (or the generated name of R's blank row-name column).</param>
/// <param name="Index">Zero-based position in the file.</param>
/// <param name="Kind">The inferred type.</param>
/// <param name="MissingCount">Number of missing values (see <see cref="CsvReadOptions.MissingValues"/>).</param>
public sealed record TableColumn(string Name, int Index, ColumnKind Kind, int MissingCount);
