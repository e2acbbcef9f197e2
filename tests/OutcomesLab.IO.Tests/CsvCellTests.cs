using Xunit;

namespace OutcomesLab.IO.Tests;

/// <summary>
/// CSV-injection neutralisation (OWASP, https://owasp.org/www-community/attacks/CSV_Injection): a
/// cell starting with = + - @ tab or CR that is not a number gets a leading single quote; numbers and
/// signed numeric displays are left alone. Expected values are the OWASP rule applied by hand.
/// </summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("-A1", "'-A1")]
    [InlineData("-", "'-")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("+3", "+3")]
    [InlineData("-1e-05", "-1e-05")]
    [InlineData("-Infinity", "-Infinity")]
    [InlineData("-0.12 (-0.30, 0.05)", "\"-0.12 (-0.30, 0.05)\"")]
    [InlineData("-0.24 (\u22120.38 to \u22120.09)", "'-0.24 (\u22120.38 to \u22120.09)")]
    [InlineData("methadone", "methadone")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Format_neutralises_formulas_and_keeps_numbers(string raw, string written)
    {
        Assert.Equal(written, CsvCell.Format(raw));
    }

    [Fact]
    public void Quote_alone_does_not_neutralise()
    {
        Assert.Equal("=1+1", CsvCell.Quote("=1+1"));
        Assert.Equal("\"a,b\"", CsvCell.Quote("a,b"));
    }

    [Fact]
    public void Written_back_table_neutralises_labels_from_the_input()
    {
        using var files = new TempFiles();
        var path = files.Write("in.csv", "id,arm,dose\n1,\"=HYPERLINK(\"\"http://x\"\")\",-5\n2,@evil,12\n");
        var table = CohortCsvReader.ReadTable(path);
        var csv = TableCsvWriter.ToCsv(table, []);
        Assert.Equal("id,arm,dose\n1,\"'=HYPERLINK(\"\"http://x\"\")\",-5\n2,'@evil,12\n", csv);
    }
}
