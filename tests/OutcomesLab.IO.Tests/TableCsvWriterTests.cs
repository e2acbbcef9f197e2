using Xunit;

namespace OutcomesLab.IO.Tests;

/// <summary>Writing a read table back with appended columns: RFC 4180 quoting, missing values, invariant numbers.</summary>
public sealed class TableCsvWriterTests
{
    [Fact]
    public void Appends_columns_and_quotes_as_rfc4180()
    {
        using var files = new TempFiles();
        var path = files.Write("in.csv", "id;name;dose\n1;\"Smith, J\";12,5\n2;\"say \"\"hi\"\"\";NA\n");
        var table = CohortCsvReader.ReadTable(path, new CsvReadOptions { DecimalComma = true });
        var csv = TableCsvWriter.ToCsv(table, [new AppendedColumn("score", ["0.5", null])]);
        Assert.Equal("id,name,dose,score\n1,\"Smith, J\",12.5,0.5\n2,\"say \"\"hi\"\"\",,\n", csv);
        Assert.Equal("12.5", TableCsvWriter.CellText(table, 2, 0));
    }

    [Fact]
    public void Refuses_wrong_length_and_duplicate_names()
    {
        using var files = new TempFiles();
        var table = CohortCsvReader.ReadTable(files.Write("in.csv", "a,b\n1,2\n"));
        Assert.Throws<ArgumentException>(() => TableCsvWriter.ToCsv(table, [new AppendedColumn("c", ["1", "2"])]));
        Assert.Throws<ArgumentException>(() => TableCsvWriter.ToCsv(table, [new AppendedColumn("a", ["1"])]));
    }
}
