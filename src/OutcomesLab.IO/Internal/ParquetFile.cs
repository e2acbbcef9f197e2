using System.Collections.Immutable;
using Parquet;
using Parquet.Schema;

namespace OutcomesLab.IO.Internal;

/// <summary>
/// An open Parquet file whose schema has been checked: flat columns of the types this library analyses.
/// Parquet.Net's API is asynchronous; the readers here are synchronous (one file, read start to end), so
/// they wait on it.
/// </summary>
internal sealed class ParquetFile : IDisposable
{
    private static readonly ParquetOptions Options = new() { UseDateOnlyTypeForDates = true };

    private readonly ParquetReader _reader;

    private ParquetFile(ParquetReader reader, ImmutableArray<DataField> fields)
    {
        _reader = reader;
        Fields = fields;
    }

    public ImmutableArray<DataField> Fields { get; }

    public int RowGroupCount => _reader.RowGroupCount;

    public long RowCount => _reader.Metadata?.NumRows ?? 0;

    public static ParquetFile Open(Stream stream, string path, ProblemCollector problems)
    {
        ParquetReader reader;
        try
        {
            reader = ParquetReader.CreateAsync(stream, Options, leaveStreamOpen: true).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new InputException(new InputProblem(path, null, null, "an Apache Parquet file (it starts and ends with the bytes PAR1)", null, $"The file could not be read as Parquet ({ex.Message}). Name a .parquet file, or read a CSV file with --input-format csv."), ex);
        }

        try
        {
            var fields = ImmutableArray.CreateBuilder<DataField>();
            foreach (var field in reader.Schema.Fields)
            {
                if (field is not DataField data || data.IsArray)
                {
                    throw problems.Throw(null, field.Name, "a flat column (a number, text, boolean, date or timestamp per row)", field.SchemaType.ToString(), "Nested, list and map columns cannot be analysed: flatten or drop the column before writing the file.");
                }

                if (!ParquetColumnValues.IsSupported(data.ClrType))
                {
                    throw problems.Throw(null, field.Name, "a column of integers, floating-point or decimal numbers, strings, booleans, dates or timestamps", data.ClrType.Name, "Convert the column to one of these types before writing the file, or drop it.");
                }

                fields.Add(data);
            }

            return new ParquetFile(reader, fields.ToImmutable());
        }
        catch
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    public ParquetRowGroupReader OpenRowGroup(int index) => _reader.OpenRowGroupReader(index);

    public void Dispose() => _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
