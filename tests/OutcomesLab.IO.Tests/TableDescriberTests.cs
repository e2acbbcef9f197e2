using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.IO.Tests;

public sealed class TableDescriberTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Addicts => Path.Combine(AppContext.BaseDirectory, "Fixtures", "addicts.csv");

    // Oracle: awk over the file (see Fixtures/PROVENANCE.md), not OutcomesLab.
    [Fact]
    public void Describes_addicts()
    {
        var d = TableDescriber.Describe(CohortCsvReader.ReadTable(Addicts));
        Assert.Equal(238, d.Rows);
        Assert.Equal(7, d.Columns);
        Assert.Equal(["column1", "id", "clinic", "departed", "days", "prison", "mdose"], d.ColumnDetails.Select(c => c.Name));
        Assert.All(d.ColumnDetails, c => Assert.Equal(0, c.Missing));

        var days = d.ColumnDetails.Single(c => c.Name == "days");
        Assert.Equal(ColumnKind.Integer, days.Kind);
        NumericAssert.Close(2, days.Min);
        NumericAssert.Close(1076, days.Max);
        NumericAssert.Close(95812.0 / 238, days.Mean);
        Assert.Empty(days.Levels);
        Assert.Equal(0, days.MoreLevels); // many distinct integers: a range, not levels

        var departed = d.ColumnDetails.Single(c => c.Name == "departed");
        Assert.Equal([new LevelCount("0", 88), new LevelCount("1", 150)], departed.Levels);

        var clinic = d.ColumnDetails.Single(c => c.Name == "clinic");
        Assert.Equal([new LevelCount("1", 163), new LevelCount("2", 75)], clinic.Levels);

        var mdose = d.ColumnDetails.Single(c => c.Name == "mdose");
        NumericAssert.Close(20, mdose.Min);
        NumericAssert.Close(110, mdose.Max);
        NumericAssert.Close(14375.0 / 238, mdose.Mean);
    }

    [Fact]
    public void Text_levels_are_capped_at_twenty_with_a_count_of_the_rest()
    {
        var rows = string.Concat(Enumerable.Range(0, 25).Select(i => $"s{i:D2},{(i % 2 == 0 ? "TRUE" : "FALSE")},\n"));
        var d = TableDescriber.Describe(CohortCsvReader.ReadTable(_files.Write("t.csv", "site,flag,empty\n" + rows + "NA,NA,\n")));
        var site = d.ColumnDetails[0];
        Assert.Equal(ColumnKind.Text, site.Kind);
        Assert.Equal(20, site.Levels.Length);
        Assert.Equal(5, site.MoreLevels);
        Assert.Equal(1, site.Missing);
        Assert.Equal(new LevelCount("s00", 1), site.Levels[0]);
        Assert.Null(site.Mean);

        var flag = d.ColumnDetails[1];
        Assert.Equal(ColumnKind.Boolean, flag.Kind);
        Assert.Equal([new LevelCount("FALSE", 12), new LevelCount("TRUE", 13)], flag.Levels);

        var empty = d.ColumnDetails[2];
        Assert.Equal(26, empty.Missing);
        Assert.Null(empty.Min);
    }
}
