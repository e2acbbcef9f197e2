using System.Text;
using Xunit;

namespace OutcomesLab.IO.Tests;

/// <summary>Every input problem is one <see cref="InputException"/> naming file, line and column.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static readonly ColumnRoles Roles = new() { Time = "days", Event = "status", Group = "arm" };

    private static InputException Fails(Action action) => Assert.Throws<InputException>(action);

    private InputException CohortFails(string content, ColumnRoles? roles = null, CsvReadOptions? options = null)
    {
        var path = _files.Write("cohort.csv", content);
        return Fails(() => CohortCsvReader.ReadCohort(path, roles ?? Roles, options));
    }

    [Fact]
    public void File_not_found()
    {
        var path = _files.PathOf("nope.csv");
        var ex = Fails(() => CohortCsvReader.ReadTable(path));
        Assert.Contains("nope.csv: expected an existing file", ex.Message);
        Assert.Contains("No file exists at", ex.Message);
    }

    [Fact]
    public void Folder_not_found()
    {
        var ex = Fails(() => CohortCsvReader.ReadTable(Path.Combine(_files.Folder, "missing-dir", "a.csv")));
        Assert.Contains("missing-dir\" does not exist", ex.Message);
    }

    [Fact]
    public void Path_is_a_folder()
    {
        var ex = Fails(() => CohortCsvReader.ReadTable(_files.Folder));
        Assert.Contains("is a folder", ex.Message);
    }

    [Fact]
    public void Empty_file()
    {
        var ex = Fails(() => CohortCsvReader.ReadTable(_files.Write("e.csv", "")));
        Assert.Contains("e.csv: expected a header row naming the columns", ex.Message);
        Assert.Contains("empty", ex.Message);
    }

    [Fact]
    public void Whitespace_only_file_is_empty()
    {
        var ex = Fails(() => CohortCsvReader.ReadTable(_files.Write("w.csv", "\n\r\n  \n")));
        Assert.Contains("The file is empty", ex.Message);
    }

    [Fact]
    public void Header_only()
    {
        var ex = Fails(() => CohortCsvReader.ReadTable(_files.Write("h.csv", "days,status,arm\n")));
        Assert.Contains("h.csv line 2: expected at least one data row after the header", ex.Message);
    }

    [Fact]
    public void Duplicate_column_names()
    {
        var ex = CohortFails("days,status,days\n1,1,2\n");
        Assert.Contains("cohort.csv line 1, column \"days\": expected unique column names, but columns 1 and 3", ex.Message);
    }

    [Fact]
    public void Blank_column_name_that_is_not_the_row_name_column()
    {
        var ex = CohortFails("days,,status\n1,2,1\n");
        Assert.Contains("cohort.csv line 1: expected a name for column 2 (after \"days\")", ex.Message);
    }

    [Fact]
    public void Blank_first_column_name_is_r_row_names_and_gets_a_generated_name()
    {
        var table = CohortCsvReader.ReadTable(_files.Write("r.csv", "\"\",\"days\",\"status\"\n\"1\",5,1\n\"2\",6,0\n"));
        Assert.Equal("column1", table.Columns[0].Name);
        Assert.Contains(table.Diagnostics, d => d.Code == "blank-first-column-name");
    }

    [Fact]
    public void Ragged_row_with_too_many_fields()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\n2,0,B\n3,5,1,A\n");
        Assert.Contains("cohort.csv line 4: expected 3 fields as in the header (line 1); this line has 4, found \"3,5,1,A\"", ex.Message);
        Assert.Contains("contains the delimiter ','", ex.Message);
    }

    [Fact]
    public void Ragged_row_with_too_few_fields()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\n2,0\n");
        Assert.Contains("cohort.csv line 3: expected 3 fields as in the header (line 1); this line has 2", ex.Message);
    }

    [Fact]
    public void Unbalanced_quote_names_the_line_where_the_quoted_field_started()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\n2,0,\"B\n3,1,A\n4,0,B\n");
        Assert.Contains("cohort.csv line 3: expected a closing quote", ex.Message);
    }

    [Fact]
    public void Unbalanced_quote_that_also_breaks_the_field_count_is_reported_as_a_quote_problem()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\n2,\"0,B\n3,1,A\n");
        Assert.Contains("cohort.csv line 3: expected a closing quote", ex.Message);
        Assert.Single(ex.Problems);
    }

    [Fact]
    public void Unquoted_decimal_comma_in_a_comma_file_is_a_ragged_row_with_a_hint()
    {
        var ex = CohortFails("days,status,arm\n12,5,1,A\n");
        Assert.Contains("cohort.csv line 2: expected 3 fields", ex.Message);
        Assert.Contains("--decimal-comma", ex.Message);
    }

    [Fact]
    public void Non_numeric_time()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\n2,0,B\nabout 3,1,A\n");
        Assert.Contains("cohort.csv line 4, column \"days\": expected a non-negative number, found \"about 3\"", ex.Message);
    }

    [Fact]
    public void Decimal_comma_without_the_option_suggests_the_flag()
    {
        var ex = CohortFails("days;status;arm\n1;1;A\n12,5;0;B\n");
        Assert.Contains("cohort.csv line 3, column \"days\": expected a non-negative number, found \"12,5\". If the file uses decimal commas, add --decimal-comma.", ex.Message);
    }

    [Fact]
    public void Thousands_separator_suggests_removing_it()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\n\"1,234\",0,B\n");
        Assert.Contains("line 3, column \"days\"", ex.Message);
        Assert.Contains("remove thousands separators from numbers (write 1234)", ex.Message);
    }

    [Fact]
    public void Dot_thousands_separator_with_decimal_comma()
    {
        var ex = CohortFails("days;status;arm\n1;1;A\n1.234,5;0;B\n", options: new CsvReadOptions { DecimalComma = true });
        Assert.Contains("line 3, column \"days\"", ex.Message);
        Assert.Contains("write 1234,5", ex.Message);
    }

    [Fact]
    public void Negative_time()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\n-3,0,B\n");
        Assert.Contains("cohort.csv line 3, column \"days\": expected a non-negative number, found \"-3\"", ex.Message);
    }

    [Fact]
    public void Infinite_time()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\nInf,0,B\n");
        Assert.Contains("cohort.csv line 3, column \"days\": expected a non-negative number (not NaN or infinite)", ex.Message);
    }

    [Fact]
    public void NaN_time_when_NaN_is_not_a_missing_code()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\n2,0,B\nNaN,0,B\n", options: new CsvReadOptions { MissingValues = ["", "NA"] });
        Assert.Contains("cohort.csv line 4, column \"days\": expected a non-negative number (not NaN or infinite), found \"NaN\"", ex.Message);
    }

    [Fact]
    public void Event_values_outside_the_allowed_set_are_listed()
    {
        var ex = CohortFails("days,status,arm\n1,0,A\n2,2,B\n3,1,A\n4,3,B\n5,2,B\n");
        Assert.Contains("cohort.csv line 3, column \"status\": expected event values 0/1, TRUE/FALSE, T/F or yes/no, found \"2, 3\"", ex.Message);
        Assert.Contains("--event-value 2", ex.Message);
        Assert.Contains("(3 rows)", ex.Message);
    }

    [Fact]
    public void Text_event_values_outside_the_allowed_set()
    {
        var ex = CohortFails("days,status,arm\n1,dead,A\n2,alive,B\n");
        Assert.Contains("line 2, column \"status\"", ex.Message);
        Assert.Contains("found \"dead, alive\"", ex.Message);
    }

    [Fact]
    public void Event_value_that_never_occurs()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\n2,2,B\n", Roles with { EventValue = "3" });
        Assert.Contains("column \"status\": expected at least one row with the event value \"3\", found \"1, 2\"", ex.Message);
    }

    [Fact]
    public void Competing_risk_codes_must_be_non_negative_integers()
    {
        var ex = CohortFails("days,status,arm\n1,0,A\n2,1.5,B\n3,-1,A\n", Roles with { EventKind = EventKind.Codes });
        Assert.Contains("cohort.csv line 3, column \"status\": expected integer status codes", ex.Message);
        Assert.Contains("1.5, -1", ex.Message);
    }

    [Fact]
    public void Group_with_one_level_cannot_be_compared()
    {
        var path = _files.Write("g.csv", "days,status,arm\n1,1,A\n2,0,A\n3,1,\n");
        var cohort = CohortCsvReader.ReadCohort(path, Roles);
        var ex = Fails(cohort.RequireGroupComparison);
        Assert.Contains("g.csv column \"arm\": expected at least two groups to compare, found \"A\"", ex.Message);
        Assert.Contains("1 rows were dropped", ex.Message);
    }

    [Fact]
    public void Unknown_column_lists_columns_and_suggests_closest()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\n", Roles with { Time = "dayz", Group = "ARM" });
        Assert.Contains("cohort.csv column \"dayz\": expected an existing column for the time role. Did you mean \"days\"? The file has the columns: \"days\", \"status\", \"arm\".", ex.Message);
        Assert.Contains("column \"ARM\"", ex.Message);
        Assert.Contains("Did you mean \"arm\"?", ex.Message);
        Assert.Equal(2, ex.Problems.Length);
    }

    [Fact]
    public void Utf16_with_bom()
    {
        var path = _files.WriteBytes("u16.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("days,status\n1,1\n")).ToArray());
        var ex = Fails(() => CohortCsvReader.ReadTable(path));
        Assert.Contains("u16.csv: expected UTF-8 text, found \"UTF-16 byte-order mark\"", ex.Message);
        Assert.Contains("save it as UTF-8", ex.Message);
    }

    [Fact]
    public void Utf16_big_endian_without_bom()
    {
        var path = _files.WriteBytes("u16be.csv", Encoding.BigEndianUnicode.GetBytes("days,status\n1,1\n2,0\n"));
        var ex = Fails(() => CohortCsvReader.ReadTable(path));
        Assert.Contains("UTF-16", ex.Message);
    }

    [Fact]
    public void Binary_garbage_with_nul_bytes()
    {
        var bytes = Encoding.ASCII.GetBytes("days,status\n1,1\n").Concat(new byte[] { 0x00, 0x13, 0x88, 0xFF, 0x41 }).ToArray();
        var ex = Fails(() => CohortCsvReader.ReadTable(_files.WriteBytes("bin.csv", bytes)));
        Assert.Contains("bin.csv line 3: expected a text CSV file, found \"binary data (NUL bytes)\"", ex.Message);
    }

    [Fact]
    public void Excel_workbook_renamed_to_csv()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 };
        var ex = Fails(() => CohortCsvReader.ReadTable(_files.WriteBytes("book.csv", bytes)));
        Assert.Contains("xlsx", ex.Message);
    }

    [Fact]
    public void Latin1_text_names_the_line_and_the_encoding()
    {
        var latin1 = Encoding.Latin1.GetBytes("days,status,arm\n1,1,A\n2,0,B\n3,1,Zürich\n");
        var ex = Fails(() => CohortCsvReader.ReadTable(_files.WriteBytes("latin.csv", latin1)));
        Assert.Contains("latin.csv line 4, column \"arm\": expected UTF-8 text", ex.Message);
        Assert.Contains("not valid UTF-8", ex.Message);
    }

    [Fact]
    public void Missing_values_are_errors_under_fail_policy()
    {
        var ex = CohortFails("days,status,arm\n1,1,A\nNA,0,B\n", Roles with { Missing = MissingValuePolicy.Fail });
        Assert.Contains("cohort.csv line 3, column \"days\": expected a value", ex.Message);
    }

    [Fact]
    public void Entry_time_must_be_before_exit()
    {
        var ex = CohortFails("start,days,status,arm\n0,1,1,A\n5,2,0,B\n", Roles with { Entry = "start" });
        Assert.Contains("cohort.csv line 3, column \"start\": expected an entry time below the exit time (days = 2), found \"5\"", ex.Message);
    }

    [Fact]
    public void Stray_text_in_a_mostly_numeric_covariate()
    {
        var ex = CohortFails("days,status,arm,dose\n1,1,A,high\n2,0,B,40\n3,0,B,60\n", Roles with { Covariates = ["dose"] });
        Assert.Contains("cohort.csv line 2, column \"dose\": expected a number (most values in this column are numbers), found \"high\"", ex.Message);
    }

    [Fact]
    public void At_most_twenty_problems_are_listed_then_the_rest_are_counted()
    {
        var sb = new StringBuilder("days,status,arm\n");
        for (var i = 0; i < 25; i++)
        {
            sb.Append("x,1,A\n");
        }

        var ex = CohortFails(sb.ToString());
        Assert.Equal(20, ex.Problems.Length);
        Assert.Equal(25, ex.TotalProblemCount);
        Assert.EndsWith("... and 5 more problems.", ex.Message);
        Assert.Equal(2, ex.Problems[0].Line);
    }

    [Fact]
    public void Found_values_are_truncated()
    {
        var ex = CohortFails("days,status,arm\n" + new string('z', 100) + ",1,A\n");
        Assert.Contains("found \"" + new string('z', 40) + "...\"", ex.Message);
    }
}
