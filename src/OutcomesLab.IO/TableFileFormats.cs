namespace OutcomesLab.IO;

/// <summary>Chooses how a table file is read: from an explicit format, else from the file's extension.</summary>
public static class TableFileFormats
{
    /// <summary>The format named by <paramref name="format"/>, or by the extension of <paramref name="path"/> when null: <c>.parquet</c> (any case) is Parquet, anything else CSV.</summary>
    /// <param name="path">The table file.</param>
    /// <param name="format">The format given by the user (CLI <c>--input-format</c>, plan key <c>format</c>), or null.</param>
    /// <returns>The format to read the file with.</returns>
    public static TableFileFormat Resolve(string path, TableFileFormat? format)
        => format ?? (IsParquetPath(path) ? TableFileFormat.Parquet : TableFileFormat.Csv);

    /// <summary>Whether the file name ends in <c>.parquet</c> (ordinal, ignoring case).</summary>
    /// <param name="path">A file path.</param>
    /// <returns>True for a Parquet file name.</returns>
    public static bool IsParquetPath(string path)
        => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a table in the resolved format: <see cref="CohortCsvReader.ReadTable"/> for CSV, <see cref="ParquetTableReader.ReadTable"/> for Parquet.</summary>
    /// <param name="path">The table file.</param>
    /// <param name="format">The format, or null for the extension's.</param>
    /// <param name="options">CSV reading options; of them only <see cref="CsvReadOptions.DateOrigin"/> applies to Parquet.</param>
    /// <returns>The typed table.</returns>
    /// <exception cref="InputException">Any problem with the file.</exception>
    public static CohortTable ReadTable(string path, TableFileFormat? format, CsvReadOptions? options = null)
        => Resolve(path, format) == TableFileFormat.Parquet ? ParquetTableReader.ReadTable(path, options?.DateOrigin ?? DateOrigin.None) : CohortCsvReader.ReadTable(path, options);

    /// <summary>Parses a format name: <c>csv</c> or <c>parquet</c> (ordinal, ignoring case).</summary>
    /// <param name="text">The name.</param>
    /// <param name="format">The format when recognised.</param>
    /// <returns>True when the name is a format.</returns>
    public static bool TryParse(string? text, out TableFileFormat format)
    {
        format = TableFileFormat.Csv;
        if (string.Equals(text, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "parquet", StringComparison.OrdinalIgnoreCase))
        {
            format = TableFileFormat.Parquet;
            return true;
        }

        return false;
    }
}
