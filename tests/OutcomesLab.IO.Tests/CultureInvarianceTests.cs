using System.Globalization;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.IO.Tests;

public sealed class CultureInvarianceTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (double[] Time, bool[] Event, string[] Group, double[] Dose, string Message) LoadUnder(string culture, string path, string badPath)
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var roles = new ColumnRoles { Time = "days", Event = "died", Group = "arm", Covariates = ["dose"] };
            var cohort = CohortCsvReader.ReadCohort(path, roles);
            var ex = Assert.Throws<InputException>(() => CohortCsvReader.ReadCohort(badPath, roles));
            return ([.. cohort.Time], [.. cohort.Event], [.. cohort.Group!], [.. cohort.Covariates["dose"]], ex.Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Fact]
    public void German_and_Turkish_cultures_give_identical_results()
    {
        // "TRUE"/"true"/"I" exercise the Turkish dotless-i casing trap; 1.5 and 1e3 the German decimal comma.
        var path = _files.Write("c.csv", "days,died,arm,dose\n1.5,TRUE,Istanbul,1e3\n2.25,true,iz,-0.5\n3,false,I,2\n1234.5,yes,i,NA\n");
        var bad = _files.Write("bad.csv", "days,died,arm,dose\n1.5,1,a,1\n-2.5,1,b,2\n");
        var invariant = LoadUnder("en-US", path, bad);
        NumericAssert.AllClose([1.5, 2.25, 3], invariant.Time);
        Assert.Equal([true, true, false], invariant.Event);
        NumericAssert.AllClose([1000, -0.5, 2], invariant.Dose);
        foreach (var culture in new[] { "de-DE", "tr-TR" })
        {
            var other = LoadUnder(culture, path, bad);
            Assert.Equal(invariant.Time, other.Time);
            Assert.Equal(invariant.Event, other.Event);
            Assert.Equal(invariant.Group, other.Group);
            Assert.Equal(invariant.Dose, other.Dose);
            Assert.Equal(invariant.Message, other.Message);
        }
    }
}
