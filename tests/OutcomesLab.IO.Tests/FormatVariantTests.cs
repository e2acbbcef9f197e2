using System.Text;
using Microsoft.Data.Analysis;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.IO.Tests;

public sealed class FormatVariantTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static readonly ColumnRoles Roles = new() { Time = "days", Event = "status", Group = "arm" };

    [Fact]
    public void Comma_delimited_is_detected_and_typed()
    {
        var path = _files.Write("c.csv", "id,days,status,arm\n1,12.5,1,A\n2,30,0,B\n3,7,1,A\n");
        var table = CohortCsvReader.ReadTable(path);
        Assert.Equal(',', table.Delimiter);
        Assert.Equal(3, table.RowCount);
        Assert.Equal(ColumnKind.Number, table.FindColumn("days")!.Kind);
        Assert.Equal(ColumnKind.Integer, table.FindColumn("id")!.Kind);
        Assert.Equal(ColumnKind.Text, table.FindColumn("arm")!.Kind);
        Assert.IsType<DoubleDataFrameColumn>(table.Frame["days"]);
        Assert.IsType<StringDataFrameColumn>(table.Frame["arm"]);
        Assert.Equal([2, 3, 4], table.SourceLines);
        Assert.Equal(12.5, (double?)table.Frame["days"][0]);
        Assert.Equal(7.0, (double?)table.Frame["days"][2]);

        var cohort = CohortData.FromTable(table, Roles);
        NumericAssert.AllClose([12.5, 30, 7], cohort.Time);
        Assert.Equal([true, false, true], cohort.Event);
        Assert.Equal(["A", "B", "A"], cohort.Group!);
    }

    [Fact]
    public void Semicolon_with_decimal_comma()
    {
        var path = _files.Write("eu.csv", "days;status;arm\n12,5;1;A\n30;0;B\n0,25;1;A\n");
        var cohort = CohortCsvReader.ReadCohort(path, Roles, new CsvReadOptions { DecimalComma = true });
        NumericAssert.AllClose([12.5, 30, 0.25], cohort.Time);
        Assert.Equal(';', CohortCsvReader.ReadTable(path, new CsvReadOptions { DecimalComma = true }).Delimiter);
    }

    [Fact]
    public void Semicolon_is_detected_even_without_decimal_comma_option()
    {
        var path = _files.Write("semi.csv", "days;status;arm\n12;1;A\n30;0;B\n");
        var table = CohortCsvReader.ReadTable(path);
        Assert.Equal(';', table.Delimiter);
        Assert.Equal(3, table.Columns.Length);
    }

    [Fact]
    public void Tab_delimited()
    {
        var path = _files.Write("t.tsv", "days\tstatus\tarm\n12\t1\tA, with comma\n30\t0\tB\n");
        var table = CohortCsvReader.ReadTable(path);
        Assert.Equal('\t', table.Delimiter);
        var cohort = CohortData.FromTable(table, Roles);
        Assert.Equal("A, with comma", cohort.Group![0]);
    }

    [Fact]
    public void Explicit_delimiter_overrides_detection()
    {
        var path = _files.Write("x.csv", "days|status|arm\n12|1|A\n30|0|B\n");
        var cohort = CohortCsvReader.ReadCohort(path, Roles, new CsvReadOptions { Delimiter = '|' });
        Assert.Equal(2, cohort.Count);
    }

    [Fact]
    public void Utf8_bom_is_skipped_and_first_header_is_clean()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("days,status,arm\n5,1,Zürich\n6,0,B\n")).ToArray();
        var path = _files.WriteBytes("bom.csv", bytes);
        var table = CohortCsvReader.ReadTable(path);
        Assert.Equal("days", table.Columns[0].Name);
        Assert.Equal("Zürich", CohortData.FromTable(table, Roles).Group![0]);
    }

    [Fact]
    public void Crlf_line_endings_and_no_final_newline()
    {
        var path = _files.Write("crlf.csv", "days,status,arm\r\n5,1,A\r\n6,0,B");
        var table = CohortCsvReader.ReadTable(path);
        var cohort = CohortData.FromTable(table, Roles);
        Assert.Equal(["A", "B"], cohort.Group!);
        Assert.Equal([2, 3], cohort.SourceLines);
    }

    [Fact]
    public void Quoted_fields_with_delimiter_quotes_and_newlines_keep_physical_line_numbers()
    {
        var path = _files.Write("q.csv", "days,status,arm,note\n5,1,A,\"a, b\"\n6,0,B,\"he said \"\"hi\"\"\nthen left\"\n7,1,A,plain\n");
        var table = CohortCsvReader.ReadTable(path);
        Assert.Equal(3, table.RowCount);
        Assert.Equal([2, 3, 5], table.SourceLines);
        var note = (StringDataFrameColumn)table.Frame["note"];
        Assert.Equal("a, b", note[0]);
        Assert.Equal("he said \"hi\"\nthen left", note[1]);
    }

    [Fact]
    public void Delimiter_detection_ignores_delimiters_inside_quotes()
    {
        var path = _files.Write("dq.csv", "\"days\";\"status\";\"arm\"\n5;1;\"A,B,C\"\n6;0;\"D,E\"\n");
        Assert.Equal(';', CohortCsvReader.ReadTable(path).Delimiter);
    }

    [Fact]
    public void Default_missing_values_become_nulls_and_rows_are_dropped_with_a_warning()
    {
        var path = _files.Write("na.csv", "days,status,arm\n5,1,A\nNA,1,A\n7,.,B\n8,0,B\n,1,A\nNaN,0,B\n");
        var table = CohortCsvReader.ReadTable(path);
        Assert.Equal(3, table.FindColumn("days")!.MissingCount);
        Assert.Null(table.Frame["days"][1]);
        var cohort = CohortData.FromTable(table, Roles);
        Assert.Equal(2, cohort.Count);
        Assert.Equal([3, 4, 6, 7], cohort.DroppedLines);
        var warning = Assert.Single(cohort.Diagnostics);
        Assert.Equal("4 rows dropped because time or event is missing (lines 3, 4, 6, 7).", warning.Message);
    }

    [Fact]
    public void Custom_missing_values()
    {
        var path = _files.Write("na2.csv", "days,status,arm\n5,1,A\n-99,1,A\n7,0,missing\nNA,0,B\n");
        var options = new CsvReadOptions { MissingValues = ["-99", "missing", ""] };
        var table = CohortCsvReader.ReadTable(path, options);
        Assert.Equal(1, table.FindColumn("days")!.MissingCount);
        Assert.Equal(ColumnKind.Text, table.FindColumn("days")!.Kind); // "NA" is not missing here
        var cohort = CohortData.FromTable(CohortCsvReader.ReadTable(_files.Write("na3.csv", "days,status,arm\n5,1,A\n-99,1,A\n7,0,missing\n"), options), Roles);
        Assert.Equal([2], cohort.SourceLines);
        Assert.Equal([3, 4], cohort.DroppedLines);
        Assert.Contains("time or group", cohort.Diagnostics[0].Message);
    }

    [Fact]
    public void Blank_lines_are_skipped()
    {
        var path = _files.Write("blank.csv", "days,status\n5,1\n\n6,0\n\n");
        var table = CohortCsvReader.ReadTable(path);
        Assert.Equal([2, 4], table.SourceLines);
    }

    [Fact]
    public void Column_that_becomes_text_after_numbers_keeps_original_spelling()
    {
        var path = _files.Write("flip.csv", "id,days,status\n007,5,1\n008,6,0\nX9,7,1\n");
        var table = CohortCsvReader.ReadTable(path);
        Assert.Equal(ColumnKind.Text, table.FindColumn("id")!.Kind);
        Assert.Equal("007", ((StringDataFrameColumn)table.Frame["id"])[0]);
    }

    [Fact]
    public void Boolean_columns_stay_text_but_are_recognised()
    {
        var path = _files.Write("b.csv", "days,died,smoker\n5,TRUE,T\n6,false,F\n7,True,NA\n");
        var table = CohortCsvReader.ReadTable(path);
        Assert.Equal(ColumnKind.Boolean, table.FindColumn("died")!.Kind);
        Assert.IsType<StringDataFrameColumn>(table.Frame["died"]);
        var cohort = CohortData.FromTable(table, new ColumnRoles { Time = "days", Event = "died", Covariates = ["smoker"] });
        Assert.Equal([true, false], cohort.Event);
        NumericAssert.AllClose([1.0, 0.0], cohort.Covariates["smoker"]);
    }

    [Fact]
    public void Input_file_is_not_modified_nor_left_open()
    {
        var path = _files.Write("ro.csv", "days,status\n5,1\n");
        var before = File.ReadAllBytes(path);
        var stamp = File.GetLastWriteTimeUtc(path);
        _ = CohortCsvReader.ReadTable(path);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
    }

    [Fact]
    public void Reading_while_another_process_holds_the_file_open_for_writing()
    {
        var path = _files.Write("shared.csv", "days,status\n5,1\n");
        using var writer = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        Assert.Equal(1, CohortCsvReader.ReadTable(path).RowCount);
    }
}
