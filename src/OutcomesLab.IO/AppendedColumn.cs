namespace OutcomesLab.IO;

/// <summary>A computed column to append to a <see cref="CohortTable"/> when writing it back out.</summary>
/// <param name="Name">Header of the new column.</param>
/// <param name="Values">One value per table row, already formatted (invariant culture); null writes an empty (missing) field.</param>
public sealed record AppendedColumn(string Name, IReadOnlyList<string?> Values);
