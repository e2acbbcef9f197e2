using OutcomesLab.IO;

namespace OutcomesLab.Fuzz;

/// <summary>
/// Fuzz target <c>csv</c>: the bytes are a CSV file read by <see cref="CohortCsvReader"/> with the
/// default options and with semicolon delimiter plus decimal comma. Only <see cref="InputException"/>
/// is an expected failure; any other exception escapes and is a crash.
/// </summary>
internal sealed class CsvTarget : IFuzzTarget
{
    private static readonly CsvReadOptions SemicolonDecimalComma = new() { Delimiter = ';', DecimalComma = true };

    private readonly string _path = Path.Combine(FuzzWorkspace.Root, "input.csv");

    public void Run(byte[] input)
    {
        // The reader takes a path (it memory-maps the file), so the bytes go through a file.
        File.WriteAllBytes(_path, input);
        Read(CsvReadOptions.Default);
        Read(SemicolonDecimalComma);
    }

    private void Read(CsvReadOptions options)
    {
        try
        {
            var table = CohortCsvReader.ReadTable(_path, options);
            _ = TableDescriber.Describe(table);
        }
        catch (InputException)
        {
        }
    }
}
