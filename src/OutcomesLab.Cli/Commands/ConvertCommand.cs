using System.CommandLine;
using System.Globalization;
using OutcomesLab.IO;

namespace OutcomesLab.Cli.Commands;

/// <summary>
/// <c>outcomeslab convert</c>: parses a cohort CSV once (with the CSV options) and writes it as a typed
/// Parquet file, so that repeated analyses of a big file skip CSV parsing and type inference.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var command = new Command("convert", "Write a cohort CSV as a typed Parquet file (--output F.parquet): each column keeps the type the CSV reader inferred (integer, number, boolean, text, date, date-time), missing values become nulls. Every command reads the Parquet file by its .parquet extension and gives the same results.");
        var rowGroupSize = new Option<int>("--row-group-size")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Rows per Parquet row group (default {ParquetTableWriter.RowGroupSize}): the unit a streaming reader (episodes) holds in memory at once, and that any reader decompresses at once."),
            HelpName = "ROWS",
            DefaultValueFactory = _ => ParquetTableWriter.RowGroupSize,
        };
        rowGroupSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--row-group-size must be at least 1 row.");
            }
        });
        csv.AddTo(command);
        command.Options.Add(rowGroupSize);
        context.Writes(command, CommandOutput.DataFile);
        context.Bind(
            command,
            run => Run(run, csv, run.Parse.GetValue(rowGroupSize)),
            "outcomeslab convert --input data/simulated_cohort.csv --output cohort.parquet",
            "outcomeslab convert --input data/examples/cohort_decimal_comma.csv --delimiter ';' --decimal-comma --output cohort.parquet --force");
        return command;
    }

    private static int Run(CommandRun run, CsvInputOptions csv, int rowGroupSize)
    {
        if (run.Output is null || !TableFileFormats.IsParquetPath(run.Output.Name))
        {
            throw new UsageException($"convert needs --output FILE.parquet (the table is written as Parquet){(run.Output is null ? "" : $"; found \"{run.Output.Name}\"")}. Example: outcomeslab convert --input cohort.csv --output cohort.parquet");
        }

        var input = run.Parse.GetValue(csv.Input)!.FullName;
        if (TableFileFormats.Resolve(input, run.Parse.GetValue(csv.InputFormat)) == TableFileFormat.Parquet)
        {
            throw new UsageException($"{Path.GetFileName(input)} is already read as Parquet; convert reads a CSV file (pass --input-format csv if it is a CSV with another extension).");
        }

        var table = csv.ReadTable(run);
        run.WriteOutputFile(run.Output.FullName, stream => ParquetTableWriter.Write(table, stream, rowGroupSize));
        run.Note(string.Create(CultureInfo.InvariantCulture, $"wrote {table.RowCount} rows, {table.Columns.Length} columns to {run.Output} ({string.Join(", ", table.Columns.Select(c => $"{c.Name}: {TableDescriptionJson.KindName(c.Kind)}"))})."));
        return ExitCodes.Ok;
    }
}
