using System.Globalization;
using System.Text;
using CsCheck;
using OutcomesLab.Testing.Properties;
using Xunit;

namespace OutcomesLab.IO.Tests.Properties;

/// <summary>
/// Oracle: RFC 4180 (fields containing the delimiter, a quote or a line break are quoted, quotes
/// doubled) and round-trip number formatting (<c>"R"</c>, invariant culture). Any table of finite
/// doubles and non-numeric strings written that way with any delimiter, LF or CRLF line ends and
/// with or without a UTF-8 BOM must read back with the
/// same names, kinds and values; writing the loaded table again with <see cref="TableCsvWriter"/>
/// and reading it must give the same values once more.
/// </summary>
public sealed class CsvRoundTripProperties : IDisposable
{
    private const string TextStart = "bcgkqzBCGKQZé";
    private const string TextPool = "abcxyz019 ,;\t|\"'\n\r\né_-.";

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static Gen<string> Text =>
        from first in Gen.Int[0, TextStart.Length - 1]
        from rest in Gen.Int[0, TextPool.Length - 1].Array[0, 8]
        select TextStart[first] + new string([.. rest.Select(i => TextPool[i])]);

    private static Gen<object[]> Column(int rows) =>
        Gen.Bool.SelectMany(numeric => numeric
            ? Gen.Double.Where(double.IsFinite).Select(d => (object)d).Array[rows]
            : Text.Select(s => (object)s).Array[rows]);

    private static Gen<object[][]> Table =>
        from rows in Gen.Int[1, 6]
        from columns in Gen.Int[1, 5]
        from data in Column(rows).Array[columns]
        select data;

    [Fact]
    public void Written_tables_read_back_identically_under_any_delimiter()
    {
        var gen =
            from table in Table
            from delimiter in Gen.OneOf(',', ';', '\t', '|')
            from crlf in Gen.Bool
            from bom in Gen.Bool
            select (table, delimiter, crlf, bom);
        var file = 0;
        PropertySettings.Check(
            gen,
            t =>
            {
                var (columns, delimiter, crlf, bom) = t;
                var text = Write(columns, delimiter, crlf ? "\r\n" : "\n");
                var path = _files.WriteBytes($"t{Interlocked.Increment(ref file)}.csv", [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);
                var table = CohortCsvReader.ReadTable(path, new CsvReadOptions { Delimiter = delimiter });
                AssertSame(columns, table, $"delimiter {(int)delimiter}");

                var again = _files.Write($"t{Interlocked.Increment(ref file)}.csv", TableCsvWriter.ToCsv(table, []));
                AssertSame(columns, CohortCsvReader.ReadTable(again, new CsvReadOptions { Delimiter = ',' }), "TableCsvWriter output");
            },
            print: t => $"delimiter {(int)t.delimiter}, CRLF {t.crlf}, BOM {t.bom}:\n{Write(t.table, t.delimiter, "\n")}");
    }

    private static string Write(object[][] columns, char delimiter, string newline)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(delimiter, columns.Select((_, c) => "c" + c.ToString(CultureInfo.InvariantCulture))).Append(newline);
        for (var r = 0; r < columns[0].Length; r++)
        {
            sb.AppendJoin(delimiter, columns.Select(col => Quote(col[r] is double d ? d.ToString("R", CultureInfo.InvariantCulture) : (string)col[r], delimiter))).Append(newline);
        }

        return sb.ToString();
    }

    private static string Quote(string field, char delimiter) =>
        field.Contains(delimiter, StringComparison.Ordinal) || field.AsSpan().IndexOfAny("\"\r\n") >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;

    private static void AssertSame(object[][] columns, CohortTable table, string what)
    {
        Assert.Equal(columns.Length, table.Columns.Length);
        Assert.Equal(columns[0].Length, table.RowCount);
        for (var c = 0; c < columns.Length; c++)
        {
            Assert.Equal("c" + c.ToString(CultureInfo.InvariantCulture), table.Columns[c].Name);
            var numeric = columns[c][0] is double;
            Assert.True(numeric == (table.Columns[c].Kind != ColumnKind.Text), $"{what}: column c{c} read as {table.Columns[c].Kind}");
            for (var r = 0; r < table.RowCount; r++)
            {
                var text = TableCsvWriter.CellText(table, c, r);
                if (numeric)
                {
                    var expected = (double)columns[c][r];
                    Assert.Equal(expected, double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture));
                }
                else
                {
                    Assert.Equal((string)columns[c][r], text);
                }
            }
        }
    }
}
