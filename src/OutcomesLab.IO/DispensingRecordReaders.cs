namespace OutcomesLab.IO;

/// <summary>Opens the streaming reader for a dispensing file's format: CSV or Parquet, as <see cref="TableFileFormats.Resolve"/> chooses.</summary>
public static class DispensingRecordReaders
{
    /// <summary>Opens <paramref name="path"/> with <see cref="DispensingParquetStreamReader"/> when it is read as Parquet (by <paramref name="format"/>, else a <c>.parquet</c> extension), else with <see cref="DispensingCsvStreamReader"/>.</summary>
    /// <param name="path">The dispensing file (never modified).</param>
    /// <param name="columns">The columns to read.</param>
    /// <param name="format">The format given by the user (CLI <c>--input-format</c>), or null for the extension's.</param>
    /// <returns>The reader, positioned before the first record.</returns>
    /// <exception cref="InputException">The file cannot be read or lacks a column.</exception>
    public static IDispensingRecordReader Open(string path, DispensingStreamColumns columns, TableFileFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return TableFileFormats.Resolve(path, format) == TableFileFormat.Parquet
            ? DispensingParquetStreamReader.Open(path, columns)
            : DispensingCsvStreamReader.Open(path, columns);
    }
}
