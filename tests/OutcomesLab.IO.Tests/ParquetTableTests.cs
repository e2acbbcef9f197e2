using Xunit;

namespace OutcomesLab.IO.Tests;

/// <summary>
/// Parquet input and output. Oracles: the CSV reader (a CSV written to Parquet reads back with the same
/// kinds, missing counts and values, as text, in every row), hand-derived day counts (2021-03-15 is day
/// 18701 since 1970-01-01, R's <c>as.numeric(as.Date("2021-03-15"))</c>), and the 1-based row numbers
/// that replace CSV lines in messages.
/// </summary>
public sealed class ParquetTableTests : IDisposable
{
    private const string Mixed = "id,age,score,flag,start,visit,note\n1,40,1.5,TRUE,2021-03-15,2021-03-15T08:30,a\n2,NA,,FALSE,,2021-03-16 08:30:00,\n3,35,2.25,NA,2020-02-29,NA,c d\n4,51,-0.125,TRUE,1969-12-31,2021-03-17 23:59:59.25,\"x,y\"\n";

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string ToParquet(CohortTable table, string name, int rowGroupSize = ParquetTableWriter.RowGroupSize)
    {
        var path = _files.PathOf(name);
        using (var stream = File.Create(path))
        {
            ParquetTableWriter.Write(table, stream, rowGroupSize);
        }

        return path;
    }

    private static void AssertSameTable(CohortTable csv, CohortTable parquet)
    {
        Assert.Equal(csv.Columns.Select(c => (c.Name, c.Kind, c.MissingCount)), parquet.Columns.Select(c => (c.Name, c.Kind, c.MissingCount)));
        Assert.Equal(csv.RowCount, parquet.RowCount);
        for (var j = 0; j < csv.Columns.Length; j++)
        {
            for (var i = 0; i < csv.RowCount; i++)
            {
                Assert.Equal(csv.Data[j].TextAt(i), parquet.Data[j].TextAt(i));
            }
        }
    }

    [Theory]
    [InlineData(ParquetTableWriter.RowGroupSize)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_csv_written_as_parquet_reads_back_with_the_same_kinds_and_values(int rowGroupSize)
    {
        var csv = CohortCsvReader.ReadTable(_files.Write("mixed.csv", Mixed));
        Assert.Equal([ColumnKind.Integer, ColumnKind.Integer, ColumnKind.Number, ColumnKind.Boolean, ColumnKind.Date, ColumnKind.DateTime, ColumnKind.Text], csv.Columns.Select(c => c.Kind));
        var parquet = ParquetTableReader.ReadTable(ToParquet(csv, "mixed.parquet", rowGroupSize));
        AssertSameTable(csv, parquet);
        Assert.Equal(TableFileFormat.Parquet, parquet.Format);
        Assert.Equal([1, 2, 3, 4], parquet.SourceLines);
        Assert.Equal(18701, parquet.Data[4].Numbers![0]);
        Assert.Equal(-1, parquet.Data[4].Numbers![3]);
        Assert.Equal(18701 + (8.5 / 24), parquet.Data[5].Numbers![0], 12);
    }

    [Theory]
    [InlineData("simulated_cohort.csv")]
    [InlineData("addicts/addicts.csv")]
    public void The_shipped_cohorts_round_trip(string name)
    {
        var csv = CohortCsvReader.ReadTable(Path.Combine(RepoRoot(), "data", name));
        AssertSameTable(csv, ParquetTableReader.ReadTable(ToParquet(csv, "cohort.parquet", 97)));
    }

    [Fact]
    public void The_format_is_chosen_by_extension_unless_named()
    {
        Assert.Equal(TableFileFormat.Parquet, TableFileFormats.Resolve("a/B.PARQUET", null));
        Assert.Equal(TableFileFormat.Csv, TableFileFormats.Resolve("a/b.csv", null));
        Assert.Equal(TableFileFormat.Csv, TableFileFormats.Resolve("a/b.parquet", TableFileFormat.Csv));
        Assert.Equal(TableFileFormat.Parquet, TableFileFormats.Resolve("a/b.dat", TableFileFormat.Parquet));
    }

    [Fact]
    public void A_file_that_is_not_parquet_is_refused_naming_the_file()
    {
        var path = _files.Write("fake.parquet", "id,time\n1,2\n");
        var ex = Assert.Throws<InputException>(() => ParquetTableReader.ReadTable(path));
        Assert.Contains("fake.parquet", ex.Message, StringComparison.Ordinal);
        Assert.Contains("expected an Apache Parquet file", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--input-format csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused_naming_the_folder()
    {
        var ex = Assert.Throws<InputException>(() => ParquetTableReader.ReadTable(_files.PathOf("none.parquet")));
        Assert.Contains("expected an existing file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_in_a_parquet_file_name_the_row_not_a_line()
    {
        var csv = CohortCsvReader.ReadTable(_files.Write("neg.csv", "time,event\n5,1\n-2,0\n7,1\n"));
        var path = ToParquet(csv, "neg.parquet");
        var ex = Assert.Throws<InputException>(() => CohortData.FromTable(ParquetTableReader.ReadTable(path), new ColumnRoles { Time = "time", Event = "event" }));
        Assert.Contains("neg.parquet row 2, column \"time\"", ex.Message, StringComparison.Ordinal);
        var csvEx = Assert.Throws<InputException>(() => CohortData.FromTable(csv, new ColumnRoles { Time = "time", Event = "event" }));
        Assert.Contains("neg.csv line 3, column \"time\"", csvEx.Message, StringComparison.Ordinal);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "OutcomesLab.sln")))
        {
            dir = dir.Parent!;
        }

        return dir.FullName;
    }
}
