using System.Text;
using OutcomesLab.IO.Internal;
using Xunit;

namespace OutcomesLab.IO.Tests;

/// <summary>
/// The span reader and the CsvHelper reader give identical tables (or identical errors): oracle = the
/// CsvHelper path, on every CSV in the repository and on a corpus of awkward files.
/// </summary>
public sealed class IngestPathTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> RepositoryCsvFiles()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "OutcomesLab.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("OutcomesLab.sln not found above the test folder.");
        }

        var data = new TheoryData<string>();
        foreach (var folder in new[] { "tests", "data" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, file);
                if (!relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
                {
                    data.Add(file);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryCsvFiles))]
    public void Every_repository_csv_reads_the_same_with_both_readers(string path)
    {
        AssertSame(path, CsvReadOptions.Default);
        AssertSame(path, CsvReadOptions.Default, chunks: 3);
    }

    public static TheoryData<string> AwkwardFiles() =>
    [
        "id,days,status,arm\n1,12.5,1,A\n2,30,0,B\n3,7,1,A\n",
        "id,days,status,arm\r\n1,12.5,1,A\r\n2,30,0,B\r\n3,7,1,A",
        "\n\n  \nid,days\n\n1,2\n  \n3,4\n\n\n",
        "id,note,days\n1,\"multi\nline\nnote\",5\n2,\"say \"\"hi\"\"\",6\n3,\"a,b\",7\n4,\"\",8\n",
        "id,note,days\n1,\"multi\r\nline\",5\n2,x,6\n",
        "id,note\n1,a\"b\n2,c\n",
        "id,note\n1,\"a\"b\n2,c\n",
        "id,note\n1, \"a\"\n2,c\n",
        "id,note\r1,a\r2,b\r",
        "id,code,flag,val\n1,007,TRUE,NA\n2,12,F,.\n3,x,true,NaN\n4,,T, 5 \n",
        "id,val\n1,NA\n2,\n3,abc\n4,5\n",
        "id,val\n1,5\n2,6\n3,abc\n4,7\n",
        "id,val\n1,-0\n2,1e5\n3,Inf\n4,-inf\n5,+3\n6,.5\n7,5.\n8,0.1\n9,123456789012345678\n10,1.7976931348623157E+308\n11,0.30000000000000004\n",
        "id,val\n1, 12 \n2,\t3\n3,\u00a04\n4,4\u00a0\n",
        "id,city\n1,Zürich\n2,Łódź\n3,東京\n4,Zürich\n",
        "\"\",\"days\",\"status\"\n\"1\",5,1\n\"2\",6,0\n",
        "days,status,days\n1,1,2\n",
        "days,,status\n1,2,1\n",
        "days,status,arm\n1,1,A\n2,0,B\n3,5,1,A\n",
        "days,status,arm\n1,1,A\n2,0\n",
        "days,status,arm\n1,1,A\n2,0,\"B\n3,1,A\n4,0,B\n",
        "days,status,arm\n",
        "days,status,arm\n\n\n",
        "only\n1\n\n2\n  \n",
        "a;b;c\n1,5;2;x\n3;4,25;y\n",
        "a\tb\n1\t2\n3\t4\n",
        "a,b\n1,2\n3,4,\n",
        "a,b\n\"1\",\"2\"\n\"3\",\"4\"\n",
        "a,b\n1,2\n\"\"\n3,4\n",
        "a,b\n1,2\n\" \n\",x\n",
    ];

    [Theory]
    [MemberData(nameof(AwkwardFiles))]
    public void Awkward_files_read_the_same_with_both_readers(string content)
    {
        var path = _files.Write("awkward.csv", content);
        foreach (var options in new[]
        {
            CsvReadOptions.Default,
            new CsvReadOptions { DecimalComma = true },
            new CsvReadOptions { MissingValues = ["", "NA", "-99", "x"] },
            new CsvReadOptions { MissingValues = ["  "] },
        })
        {
            for (var chunks = 0; chunks <= 4; chunks++)
            {
                AssertSame(path, options, chunks);
            }
        }
    }

    [Fact]
    public void Latin1_and_binary_files_read_the_same_with_both_readers()
    {
        AssertSame(_files.WriteBytes("latin.csv", Encoding.Latin1.GetBytes("days,status,arm\n1,1,A\n2,0,B\n3,1,Zürich\n")), CsvReadOptions.Default);
        AssertSame(_files.WriteBytes("bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("days,status\n1,1\n")]), CsvReadOptions.Default);
    }

    [Fact]
    public void The_span_reader_takes_well_formed_files_including_quoted_line_breaks()
    {
        var path = _files.Write("ok.csv", "id,note,days\n1,\"two\nlines\",5\n2,\"say \"\"hi\"\"\",6\n3,plain,7\n");
        var table = TableLoader.Load(path, CsvReadOptions.Default, IngestPath.Span);
        Assert.Equal([2, 4, 5], table.SourceLines);
        Assert.Equal("two\nlines", table.Data[1].Texts![0]);
        Assert.Equal("say \"hi\"", table.Data[1].Texts![1]);
    }

    [Theory]
    [InlineData("id,note\n1,a\"b\n")]
    [InlineData("id,note\r1,a\r")]
    [InlineData("id,note\n1,a,b\n")]
    [InlineData("id,note\n1,\"open\n")]
    public void The_span_reader_declines_what_only_the_csvhelper_path_handles(string content)
    {
        var path = _files.Write("quirk.csv", content);
        Assert.Throws<InvalidOperationException>(() => TableLoader.Load(path, CsvReadOptions.Default, IngestPath.Span));
    }

    [Fact]
    public void A_column_that_turns_text_in_a_later_chunk_keeps_its_spellings()
    {
        var sb = new StringBuilder("id,code\n");
        for (var i = 0; i < 2000; i++)
        {
            sb.Append(i).Append(",00").Append(i % 7).Append('\n');
        }

        sb.Append("2000,abc\n");
        var path = _files.Write("late.csv", sb.ToString());
        AssertSame(path, CsvReadOptions.Default, chunks: 4);
        var table = TableLoader.Load(path, CsvReadOptions.Default, IngestPath.Span, chunks: 4);
        Assert.Equal("000", table.Data[1].Texts![0]);
        Assert.Equal(ColumnKind.Text, table.Columns[1].Kind);
    }

    internal static void AssertSame(string path, CsvReadOptions options, int chunks = 0)
    {
        var expected = Read(() => TableLoader.Load(path, options, IngestPath.CsvHelper));
        var actual = Read(() => TableLoader.Load(path, options, IngestPath.Automatic, chunks));
        var context = $"{Path.GetFileName(path)} (chunks {chunks}, decimal comma {options.DecimalComma}, NA [{string.Join("|", options.MissingValues)}])";
        Assert.True(expected.Error == actual.Error, $"{context}: error \"{expected.Error}\" vs \"{actual.Error}\"");
        if (expected.Table is not { } e || actual.Table is not { } a)
        {
            return;
        }

        Assert.Equal(e.Delimiter, a.Delimiter);
        Assert.Equal(e.Columns, a.Columns);
        Assert.Equal(e.SourceLines, a.SourceLines);
        Assert.Equal(e.Diagnostics, a.Diagnostics);
        for (var j = 0; j < e.Columns.Length; j++)
        {
            var (x, y) = (e.Data[j], a.Data[j]);
            Assert.Equal(x.IsNumeric, y.IsNumeric);
            Assert.Equal(x.Dates, y.Dates);
            for (var i = 0; i < e.RowCount; i++)
            {
                Assert.True(x.IsMissing(i) == y.IsMissing(i), $"{context}: column {j} row {i} missing");
                if (x.Numbers is { } xn)
                {
                    Assert.True(BitConverter.DoubleToInt64Bits(xn[i]) == BitConverter.DoubleToInt64Bits(y.Numbers![i]), $"{context}: column {j} row {i}: {xn[i]:R} vs {y.Numbers![i]:R}");
                }
                else
                {
                    Assert.Equal(x.Texts![i], y.Texts![i]);
                }
            }
        }
    }

    private static (CohortTable? Table, string? Error) Read(Func<CohortTable> load)
    {
        try
        {
            return (load(), null);
        }
        catch (InputException ex)
        {
            return (null, ex.Message);
        }
    }
}
