using System.CommandLine;
using System.CommandLine.Parsing;
using OutcomesLab.IO;

namespace OutcomesLab.Cli;

/// <summary>The options every command that reads a cohort CSV shares: --input, --delimiter, --decimal-comma, --na.</summary>
internal sealed class CsvInputOptions
{
    public Option<FileInfo> Input { get; } = new("--input", "-i") { Description = "The cohort CSV file (header row required).", Required = true, HelpName = "FILE" };

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

    public IEnumerable<Option> All => [Input, Delimiter, DecimalComma, Missing];

    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the --input table with the parsed CSV options and registers it as an input of the run.</summary>
    public CohortTable ReadTable(CommandRun run)
    {
        var path = run.Parse.GetValue(Input)!.FullName;
        run.RegisterInput(path);
        run.CheckOutputTarget();
        var table = CohortCsvReader.ReadTable(path, ReadOptions(run));
        run.Warn(table.Diagnostics);

        return table;
    }

    public CsvReadOptions ReadOptions(CommandRun run)
    {
        var na = run.Parse.GetValue(Missing);
        return new CsvReadOptions
        {
            Delimiter = run.Parse.GetValue(Delimiter),
            DecimalComma = run.Parse.GetValue(DecimalComma),
            MissingValues = na is null ? CsvReadOptions.DefaultMissingValues : [.. na.Split(',')],
        };
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
