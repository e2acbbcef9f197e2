using OutcomesLab.IO;

namespace OutcomesLab.Cli;

/// <summary>Reads a record table (CSV, or Parquet for a .parquet file) named by a command-line option, registering the file as an input and printing its reading diagnostics.</summary>
internal static class RecordTableFiles
{
    public static RecordTable ReadRecordTable(this CommandRun run, FileInfo file, string option, CsvReadOptions? options = null)
    {
        run.RegisterInput(file.FullName);
        var table = TableFileFormats.ReadTable(file.FullName, null, options ?? new CsvReadOptions());
        run.Warn(table.Diagnostics);

        return RecordTable.From(table, option);
    }
}
