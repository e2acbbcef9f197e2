using System.CommandLine;
using System.CommandLine.Parsing;
using OutcomesLab.IO;

namespace OutcomesLab.Cli;

/// <summary>The options every command that reads a cohort table shares: --input, --input-format and the CSV-only --delimiter, --decimal-comma, --na, --date-format, --date-origin.</summary>
internal sealed class CsvInputOptions
{
    public Option<FileInfo> Input { get; } = new("--input", "-i") { Description = "The cohort file: CSV (header row required) or Parquet (.parquet, column types from its schema).", Required = true, HelpName = "FILE" };

    public Option<TableFileFormat?> InputFormat { get; } = new("--input-format")
    {
        Description = "How --input is read: csv or parquet (default: parquet for a .parquet file, else csv).",
        HelpName = "csv|parquet",
        CustomParser = ParseInputFormat,
    };

    public Option<char?> Delimiter { get; } = new("--delimiter")
    {
        Description = "Field delimiter: ',', ';' or 'tab' (detected when omitted).",
        HelpName = ",|;|tab",
        CustomParser = ParseDelimiter,
    };

    public Option<bool> DecimalComma { get; } = new("--decimal-comma") { Description = "Numbers use a decimal comma (12,5), as in many European exports." };

    public Option<string?> Missing { get; } = new("--na")
    {
        Description = "Comma-separated list of texts that mean 'missing' (default: empty, NA, ., NaN). Use --na '' for empty fields only.",
        HelpName = "LIST",
    };

    public Option<string?> DateFormat { get; } = new("--date-format")
    {
        Description = "Layout of date columns that are not ISO 8601 (yyyy-MM-dd is always recognised), as a .NET custom format matched exactly with invariant culture, e.g. dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, yyyyMMdd, dd/MM/yyyy HH:mm (R as.Date(x, format = \"%d/%m/%Y\")). Never guessed: 03/04/2021 without it stops.",
        HelpName = "LAYOUT",
    };

    public Option<DateOrigin> DateOrigin { get; } = new("--date-origin")
    {
        Description = "excel: numeric columns used as dates are Excel 1900-system serial numbers (1 = 1900-01-01; 60, Excel's fictitious 1900-02-29, is refused; from 61 on 1899-12-30 + serial, R as.Date(x, origin = \"1899-12-30\")). Default none: numbers are never dates.",
        HelpName = "none|excel",
        CustomParser = ParseDateOrigin,
    };

    public Option<string?> TextColumns { get; } = new("--text-columns")
    {
        Description = "Comma-separated columns read as text whatever they hold: drug codes (NDC, ATC), ZIP codes or ids whose leading zeros matter, as R colClasses = \"character\". A name the file lacks is refused.",
        HelpName = "COLUMNS",
    };

    public IEnumerable<Option> All => [Input, InputFormat, Delimiter, DecimalComma, Missing, DateFormat, DateOrigin, TextColumns];

    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the --input table (CSV with the parsed CSV options, or Parquet) and registers it as an input of the run.</summary>
    public CohortTable ReadTable(CommandRun run)
    {
        var path = run.Parse.GetValue(Input)!.FullName;
        run.RegisterInput(path);
        run.CheckOutputTarget();
        var format = TableFileFormats.Resolve(path, run.Parse.GetValue(InputFormat));
        if (format == TableFileFormat.Parquet)
        {
            RefuseCsvOnlyOptions(run, path);
        }

        var options = ReadOptions(run);
        var table = TableFileFormats.ReadTable(path, format, options);
        foreach (var name in options.TextColumns)
        {
            ColumnValues.Require(table, name, "--text-columns");
        }

        run.Warn(table.Diagnostics);
        return table;
    }

    /// <summary>Refuses the CSV-only options for a Parquet --input: they would change nothing, since a Parquet file carries its column types.</summary>
    private void RefuseCsvOnlyOptions(CommandRun run, string path)
    {
        foreach (var option in (Option[])[Delimiter, DecimalComma, Missing, DateFormat, TextColumns])
        {
            if (run.Parse.GetResult(option) is { Implicit: false })
            {
                throw new UsageException($"{option.Name} applies to CSV input only; {Path.GetFileName(path)} is read as Parquet, whose schema gives each column's type and missing values (nulls). Leave {option.Name} out, or pass --input-format csv for a CSV file.");
            }
        }
    }

    public CsvReadOptions ReadOptions(CommandRun run)
    {
        var na = run.Parse.GetValue(Missing);
        return new CsvReadOptions
        {
            Delimiter = run.Parse.GetValue(Delimiter),
            DecimalComma = run.Parse.GetValue(DecimalComma),
            MissingValues = na is null ? CsvReadOptions.DefaultMissingValues : [.. na.Split(',')],
            DateFormat = CheckedDateFormat(run.Parse.GetValue(DateFormat)),
            DateOrigin = run.Parse.GetValue(DateOrigin),
            TextColumns = run.Parse.GetValue(TextColumns) is { } text ? [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [],
        };
    }

    private static string? CheckedDateFormat(string? format)
    {
        if (format is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(format) || !format.Contains('y', StringComparison.Ordinal) || !format.Contains('M', StringComparison.Ordinal) || !format.Contains('d', StringComparison.Ordinal))
        {
            throw new UsageException($"--date-format \"{format}\" must name the year (yyyy), month (MM) and day (dd), e.g. dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy or yyyyMMdd (mm is minutes, MM months).");
        }

        return format;
    }

    /// <summary>Parses csv|parquet for an --input-format option.</summary>
    internal static TableFileFormat? ParseInputFormat(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (TableFileFormats.TryParse(text, out var format))
        {
            return format;
        }

        result.AddError($"--input-format must be csv or parquet; found \"{text}\".");
        return null;
    }

    private static DateOrigin ParseDateOrigin(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        switch (text)
        {
            case "none": return IO.DateOrigin.None;
            case "excel": return IO.DateOrigin.Excel;
            default:
                result.AddError($"--date-origin must be none or excel; found \"{text}\".");
                return IO.DateOrigin.None;
        }
    }

    private static char? ParseDelimiter(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        switch (text)
        {
            case ",": return ',';
            case ";": return ';';
            case "tab" or "\\t" or "\t": return '\t';
            case "|": return '|';
            default:
                result.AddError($"--delimiter must be ',', ';', 'tab' or '|'; found \"{text}\".");
                return null;
        }
    }
}
