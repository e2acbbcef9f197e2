using Xunit;

namespace OutcomesLab.IO.Tests;

public sealed class ColumnValuesTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Numbers_keep_missing_as_NaN()
    {
        var table = CohortCsvReader.ReadTable(_files.Write("n.csv", "arm,score\nA,1.5\nB,\nA,NA\nB,4\n"));
        var v = ColumnValues.Numbers(table, "score", "outcome");
        Assert.Equal(4, v.Length);
        Assert.Equal(1.5, v[0]);
        Assert.True(double.IsNaN(v[1]));
        Assert.True(double.IsNaN(v[2]));
        Assert.Equal(4.0, v[3]);
    }

    [Fact]
    public void Non_numeric_value_is_located()
    {
        var table = CohortCsvReader.ReadTable(_files.Write("n.csv", "arm,score\nA,1\nB,high\n"));
        var ex = Assert.Throws<InputException>(() => ColumnValues.Numbers(table, "score", "outcome"));
        var p = Assert.Single(ex.Problems);
        Assert.Equal(3, p.Line);
        Assert.Equal("score", p.Column);
        Assert.Equal("high", p.Found);
        Assert.Contains("a number (outcome)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_column_suggests_the_closest()
    {
        var table = CohortCsvReader.ReadTable(_files.Write("n.csv", "arm,score\nA,1\n"));
        var ex = Assert.Throws<InputException>(() => ColumnValues.Texts(table, "Score", "outcome"));
        Assert.Contains("Did you mean \"score\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("outcome role", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_are_trimmed_and_null_when_missing()
    {
        var table = CohortCsvReader.ReadTable(_files.Write("t.csv", "arm,x\n A ,1\n,2\n"));
        var t = ColumnValues.Texts(table, "arm", "group");
        Assert.Equal("A", t[0]);
        Assert.Null(t[1]);
    }

    [Fact]
    public void Binary_accepts_spellings_and_event_value()
    {
        var table = CohortCsvReader.ReadTable(_files.Write("b.csv", "ev,code\nyes,3\nno,1\n,\nTRUE,3\n"));
        var b = ColumnValues.Binary(table, "ev", "outcome");
        Assert.Equal(1.0, b[0]);
        Assert.Equal(0.0, b[1]);
        Assert.True(double.IsNaN(b[2]));
        Assert.Equal(1.0, b[3]);
        var c = ColumnValues.Binary(table, "code", "outcome", "3");
        Assert.Equal(1.0, c[0]);
        Assert.Equal(0.0, c[1]);
        Assert.True(double.IsNaN(c[2]));
    }

    [Fact]
    public void Non_binary_value_is_located_with_a_fix()
    {
        var table = CohortCsvReader.ReadTable(_files.Write("b.csv", "y\n0\n1\n5\n7\n"));
        var ex = Assert.Throws<InputException>(() => ColumnValues.Binary(table, "y", "outcome"));
        var p = Assert.Single(ex.Problems);
        Assert.Equal(4, p.Line);
        Assert.Contains("--event-value 5", p.Fix, StringComparison.Ordinal);
        Assert.Contains("5, 7 (2 rows)", p.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_value_that_never_occurs_is_an_error()
    {
        var table = CohortCsvReader.ReadTable(_files.Write("b.csv", "y\n0\n1\n"));
        var ex = Assert.Throws<InputException>(() => ColumnValues.Binary(table, "y", "outcome", "2"));
        Assert.Contains("event value \"2\"", ex.Message, StringComparison.Ordinal);
    }
}
