using Microsoft.Data.Analysis;
using OutcomesLab.IO.Internal;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.IO.Tests;

/// <summary>
/// Date columns: recognition (ISO 8601, --date-format, Excel serials) identical in both readers, and
/// the messages of every bad date. Oracles: day counts from 1970-01-01 derived by hand and as R's
/// <c>as.numeric(as.Date("2021-03-15"))</c> = 18701; Excel serials as documented by Microsoft (44270 =
/// 2021-03-15, 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01).
/// </summary>
public sealed class DateColumnTests : IDisposable
{
    private const double March15 = 18701; // 2021-01-01 is day 18628 (51 years, 13 of them leap: 51*365+13); + 31 + 28 + 14.

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private CohortTable Load(string content, CsvReadOptions? options = null, IngestPath path = IngestPath.Automatic)
        => TableLoader.Load(_files.Write("dates.csv", content), options ?? CsvReadOptions.Default, path);

    [Fact]
    public void Iso_dates_and_date_times_are_recognised_by_both_readers_identically()
    {
        var content = "id,start,visit,note\n1,2021-03-15,2021-03-15T08:30,a\n2,,2021-03-16 08:30:00,b\n3,2020-02-29,2021-03-17 23:59:59.25,c\n4,1969-12-31,NA,2021-03-15\n";
        var path = _files.Write("iso.csv", content);
        IngestPathTests.AssertSame(path, CsvReadOptions.Default);
        IngestPathTests.AssertSame(path, CsvReadOptions.Default, chunks: 3);
        foreach (var ingest in new[] { IngestPath.CsvHelper, IngestPath.Span })
        {
            var t = TableLoader.Load(path, CsvReadOptions.Default, ingest);
            Assert.Equal([ColumnKind.Integer, ColumnKind.Date, ColumnKind.DateTime, ColumnKind.Text], t.Columns.Select(c => c.Kind));
            var start = DateColumns.Days(t, "start", "start");
            Assert.Equal(March15, start[0]);
            Assert.True(double.IsNaN(start[1]));
            Assert.Equal(18321, start[2]); // 2020-02-29: 2020-01-01 is 18262 (50*365+12), + 31 + 28.
            Assert.Equal(-1, start[3]);
            Assert.Equal(1, t.Columns[1].MissingCount);
            var visit = DateColumns.Days(t, "visit", "visit");
            NumericAssert.Close(March15 + (8.5 / 24), visit[0], rel: 1e-14, abs: 1e-9, what: "date-time in days");
            NumericAssert.Close(March15 + 1 + (8.5 / 24), visit[1], rel: 1e-14, abs: 1e-9, what: "date-time in days");
            NumericAssert.Close(March15 + 2 + (((23 * 3600) + (59 * 60) + 59.25) / 86400), visit[2], rel: 1e-14, abs: 1e-9, what: "date-time in days");
            Assert.Equal(new string?[] { "2021-03-15", null, "2020-02-29", "1969-12-31" }, ColumnValues.Texts(t, "start", "x").AsEnumerable());
            Assert.Equal(new string?[] { "2021-03-15T08:30:00", "2021-03-16T08:30:00", "2021-03-17T23:59:59.25", null }, ColumnValues.Texts(t, "visit", "x").AsEnumerable());
        }
    }

    [Theory]
    [InlineData("dd/MM/yyyy", "15/03/2021")]
    [InlineData("MM/dd/yyyy", "03/15/2021")]
    [InlineData("dd.MM.yyyy", "15.03.2021")]
    [InlineData("yyyyMMdd", "20210315")]
    [InlineData("d/M/yyyy", "15/3/2021")]
    public void Other_layouts_are_read_only_with_the_date_format(string format, string cell)
    {
        var path = _files.Write("fmt.csv", $"id,start\n1,{cell}\n2,NA\n3,2021-03-16\n");
        var options = new CsvReadOptions { DateFormat = format };
        IngestPathTests.AssertSame(path, options);
        foreach (var ingest in new[] { IngestPath.CsvHelper, IngestPath.Span })
        {
            var t = TableLoader.Load(path, options, ingest);
            Assert.Equal(ColumnKind.Date, t.Columns[1].Kind);
            var days = DateColumns.Days(t, "start", "start");
            Assert.Equal(March15, days[0]);
            Assert.Equal(March15 + 1, days[2]);
        }

        var plain = TableLoader.Load(path, CsvReadOptions.Default);
        Assert.NotEqual(ColumnKind.Date, plain.Columns[1].Kind);
    }

    [Fact]
    public void Ambiguous_layout_without_a_format_is_refused_in_any_role_naming_the_candidates()
    {
        var t = Load("id,start\n1,03/04/2021\n2,05/06/2021\n");
        Assert.Equal(ColumnKind.Text, t.Columns[1].Kind);
        foreach (var use in new Action[] { () => ColumnValues.Texts(t, "start", "group"), () => DateColumns.Days(t, "start", "start date"), () => ColumnValues.Numbers(t, "start", "time") })
        {
            var p = Assert.Throws<InputException>(use).Problems[0];
            Assert.EndsWith("dates.csv", p.File, StringComparison.Ordinal);
            Assert.Equal(2, p.Line);
            Assert.Equal("start", p.Column);
            Assert.Equal("03/04/2021", p.Found);
            Assert.Contains("--date-format", p.Fix, StringComparison.Ordinal);
            Assert.Contains("dd/MM/yyyy, MM/dd/yyyy", p.Fix, StringComparison.Ordinal);
            Assert.Contains("cannot be told", p.Fix, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_first_field_above_12_rules_out_month_first_but_nothing_is_chosen()
    {
        var t = Load("id,start\n1,03/04/2021\n2,15/06/2021\n");
        var p = Assert.Throws<InputException>(() => DateColumns.Days(t, "start", "start date")).Problems[0];
        Assert.Equal(2, p.Line);
        Assert.Contains("only dd/MM/yyyy fits every value, but it is not assumed", p.Fix, StringComparison.Ordinal);
        Assert.Contains("Ruled out: MM/dd/yyyy (line 3, \"15/06/2021\": field 1 is 15, above 12", p.Fix, StringComparison.Ordinal);
        Assert.Contains("--date-format", p.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_iso_shaped_date_that_does_not_exist_names_file_line_column_found_and_fix()
    {
        var t = Load("id,start\n1,2021-02-28\n2,2021-02-30\n3,2021-13-01\n");
        Assert.Equal(ColumnKind.Text, t.Columns[1].Kind);
        var p = Assert.Throws<InputException>(() => ColumnValues.Texts(t, "start", "group")).Problems[0];
        Assert.Equal((3, "start", "2021-02-30"), (p.Line, p.Column, p.Found));
        Assert.Contains("calendar date", p.Expected, StringComparison.Ordinal);
        Assert.Contains("February 2021 has 28 days", p.Fix, StringComparison.Ordinal);
        Assert.Contains("--na", p.Fix, StringComparison.Ordinal);

        var all = Assert.Throws<InputException>(() => DateColumns.Days(t, "start", "start date"));
        Assert.Equal((3, "2021-02-30"), (all.Problems[0].Line, all.Problems[0].Found));
    }

    [Fact]
    public void Codes_with_dots_or_dashes_that_cannot_be_dates_stay_categories()
    {
        var t = Load("id,version,site\n1,1.5.3,01-02-003\n2,2.0.1,01-02-004\n");
        Assert.Equal(["1.5.3", "2.0.1"], ColumnValues.Texts(t, "version", "group").Select(v => v!));
        Assert.Equal(["01-02-003", "01-02-004"], ColumnValues.Texts(t, "site", "group").Select(v => v!));
        Assert.Null(TableDescriber.Describe(t).ColumnDetails[1].Note);
    }

    [Fact]
    public void An_impossible_time_of_day_is_named_as_such()
    {
        var t = Load("id,visit\n1,2021-03-15T08:30\n2,2021-03-15T25:00\n");
        var p = Assert.Throws<InputException>(() => DateColumns.Days(t, "visit", "visit")).Problems[0];
        Assert.Equal((3, "2021-03-15T25:00"), (p.Line, p.Found));
        Assert.Contains("time of day is out of range", p.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_dates_and_other_text_in_a_date_role_name_the_first_bad_cell()
    {
        var t = Load("id,start\n1,2021-02-28\n2,unknown\n3,2021-03-01\n");
        Assert.Equal(ColumnKind.Text, t.Columns[1].Kind);
        var p = Assert.Throws<InputException>(() => DateColumns.Days(t, "start", "start date")).Problems[0];
        Assert.Equal((3, "start", "unknown"), (p.Line, p.Column, p.Found));
        Assert.Contains("ISO 8601", p.Expected, StringComparison.Ordinal);
        Assert.Contains("--na", p.Fix, StringComparison.Ordinal);
        Assert.Contains("--date-format", p.Fix, StringComparison.Ordinal);

        var withFormat = Load("id,start\n1,15/03/2021\n2,31/02/2021\n", new CsvReadOptions { DateFormat = "dd/MM/yyyy" });
        var q = Assert.Throws<InputException>(() => DateColumns.Days(withFormat, "start", "start date")).Problems[0];
        Assert.Equal((3, "31/02/2021"), (q.Line, q.Found));
        Assert.Contains("dd/MM/yyyy", q.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Excel_serials_only_with_the_excel_origin_and_the_fictitious_leap_day_refused()
    {
        const string content = "id,when\n1,44270\n2,1\n3,59\n4,61\n5,44270.5\n";
        var plain = Load(content);
        var refused = Assert.Throws<InputException>(() => DateColumns.Days(plain, "when", "start date")).Problems[0];
        Assert.Equal((2, "44270"), (refused.Line, refused.Found));
        Assert.Contains("--date-origin excel", refused.Fix, StringComparison.Ordinal);

        var excel = Load(content, new CsvReadOptions { DateOrigin = DateOrigin.Excel });
        Assert.Equal(ColumnKind.Number, excel.Columns[1].Kind);
        var days = DateColumns.Days(excel, "when", "start date");
        Assert.Equal(March15, days[0]);
        Assert.Equal(-25567, days[1]); // 1900-01-01: 70 years, 17 of them leap (1904..1968).
        Assert.Equal(-25567 + 58, days[2]); // 1900-02-28
        Assert.Equal(-25567 + 59, days[3]); // 1900-03-01 (1900 is no leap year)
        Assert.Equal(March15 + 0.5, days[4]);

        var sixty = Load("id,when\n1,60\n", new CsvReadOptions { DateOrigin = DateOrigin.Excel });
        var p = Assert.Throws<InputException>(() => DateColumns.Days(sixty, "when", "start date")).Problems[0];
        Assert.Equal((2, "when", "60"), (p.Line, p.Column, p.Found));
        Assert.Contains("1900-02-29", p.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_column_where_a_number_is_required_names_time_from_and_time_to()
    {
        var t = Load("start,end,event\n2021-01-01,2021-02-01,1\n2021-01-05,2021-03-01,0\n");
        var ex = Assert.Throws<InputException>(() => CohortData.FromTable(t, new ColumnRoles { Time = "end", Event = "event" }));
        var p = ex.Problems[0];
        Assert.Equal((2, "end", "2021-02-01"), (p.Line, p.Column, p.Found));
        Assert.Contains("--time-from START --time-to END", p.Fix, StringComparison.Ordinal);
        var q = Assert.Throws<InputException>(() => ColumnValues.Numbers(t, "start", "outcome")).Problems[0];
        Assert.Contains("--time-from", q.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_between_dates_in_every_unit_is_the_day_difference_over_the_unit_length()
    {
        var t = Load("start,end\n2021-01-01,2021-03-15\n2021-01-01,\n2020-01-01,2021-01-01T12:00\n");
        var days = DateColumns.TimeBetween(t, "start", "end", FollowUpUnit.Days);
        Assert.Equal(73, days[0]); // 31 + 28 + 14
        Assert.True(double.IsNaN(days[1]));
        Assert.Equal(366.5, days[2]); // 2020 is a leap year, plus half a day
        Assert.Equal(73.0 / 7, DateColumns.TimeBetween(t, "start", "end", FollowUpUnit.Weeks)[0]);
        Assert.Equal(73 / 30.4375, DateColumns.TimeBetween(t, "start", "end", FollowUpUnit.Months)[0]);
        Assert.Equal(366.5 / 365.25, DateColumns.TimeBetween(t, "start", "end", FollowUpUnit.Years)[2]);
    }

    [Fact]
    public void An_end_before_its_start_names_the_row_and_both_values()
    {
        var t = Load("start,end\n2021-01-01,2021-03-15\n2021-05-01,2021-04-30\n");
        var p = Assert.Throws<InputException>(() => DateColumns.TimeBetween(t, "start", "end", FollowUpUnit.Days)).Problems[0];
        Assert.Equal((3, "end", "2021-04-30"), (p.Line, p.Column, p.Found));
        Assert.Contains("start = 2021-05-01", p.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1980-06-15", "2021-06-14", 40)]
    [InlineData("1980-06-15", "2021-06-15", 41)]
    [InlineData("2000-02-29", "2001-02-28", 0)]
    [InlineData("2000-02-29", "2001-03-01", 1)]
    [InlineData("2000-02-29", "2004-02-29", 4)]
    [InlineData("2000-02-29", "2004-02-28", 3)]
    [InlineData("1999-12-31", "2000-01-01", 0)]
    public void Age_is_completed_years_as_floored_lubridate_time_length(string dob, string index, double expected)
    {
        // Oracle: the last birthday on or before the index date, by hand (lubridate::time_length(interval(dob, index), "years") floored).
        var t = Load($"dob,index\n{dob},{index}\n");
        Assert.Equal(expected, DateColumns.AgeInYears(t, "dob", "index")[0]);
    }

    [Fact]
    public void Describe_shows_kind_range_and_missing_of_dates_and_notes_unread_dates()
    {
        var t = Load("id,start,visit,uk\n1,2021-03-15,2021-03-15 08:30,15/03/2021\n2,NA,2021-03-16T09:00,01/02/2021\n3,2020-02-29,,\n");
        var d = TableDescriber.Describe(t);
        var start = d.ColumnDetails[1];
        Assert.Equal((ColumnKind.Date, 1, "2020-02-29", "2021-03-15"), (start.Kind, start.Missing, start.EarliestDate, start.LatestDate));
        Assert.Null(start.Min);
        var visit = d.ColumnDetails[2];
        Assert.Equal((ColumnKind.DateTime, "2021-03-15T08:30:00", "2021-03-16T09:00:00"), (visit.Kind, visit.EarliestDate, visit.LatestDate));
        Assert.Contains("--date-format", d.ColumnDetails[3].Note, StringComparison.Ordinal);
        var json = Json.TableDescriptionJson.Write(d);
        Assert.Contains("\"type\": \"date\",\n      \"missing\": 1,\n      \"min\": \"2020-02-29\",\n      \"max\": \"2021-03-15\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_frame_holds_date_columns_as_date_times()
    {
        var t = Load("id,start\n1,2021-03-15\n2,NA\n");
        var column = Assert.IsType<PrimitiveDataFrameColumn<DateTime>>(t.Frame.Columns["start"]);
        Assert.Equal(new DateTime(2021, 3, 15, 0, 0, 0, DateTimeKind.Unspecified), column[0]);
        Assert.Null(column[1]);
    }
}
