using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.Cox.CoxFixtures;

namespace OutcomesLab.Core.Tests.Survival.Cox;

/// <summary>Oracle: R fixtures lung_coxzph_km / lung_coxzph_identity = survival 3.5-3 <c>cox.zph(fit, transform)</c> on the lung Efron fit.</summary>
public sealed class CoxPhTestFixtureTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("lung_coxzph_km", CoxPhTransform.KaplanMeier)]
    [InlineData("lung_coxzph_identity", CoxPhTransform.Identity)]
    public void Zph_matches_cox_zph(string fixture, CoxPhTransform transform)
    {
        var json = LoadJson(fixture);
        var (s, x) = Lung();
        var fit = CoxRegression.Fit(s, x);
        var z = CoxProportionalHazardsTest.Test(fit, transform);
        var terms = json.GetProperty("terms").EnumerateArray().Select(e => e.GetString()!).ToList();
        var rows = z.Terms.Add(z.Global);
        Assert.Equal(terms, rows.Select(r => r.Term));
        const double rel = 1e-9;
        var maxRel = 0.0;
        void Cmp(string what, IReadOnlyList<double?> e, IReadOnlyList<double?> a)
        {
            NumericAssert.AllClose(e, a, rel, 1e-14, fixture + " " + what);
            maxRel = Math.Max(maxRel, CoxFixtureTests.MaxRel(e, a));
        }

        Cmp("chisq", Vec(json.GetProperty("chisq")), [.. rows.Select(r => (double?)r.ChiSquare)]);
        Cmp("df", Vec(json.GetProperty("df")), [.. rows.Select(r => (double?)r.Df)]);
        Cmp("p", Vec(json.GetProperty("p")), [.. rows.Select(r => (double?)r.P)]);
        Cmp("time", Vec(json.GetProperty("time")), [.. z.Time.Select(v => (double?)v)]);
        Cmp("x", Vec(json.GetProperty("x")), [.. z.G.Select(v => (double?)v)]);
        var y = json.GetProperty("y_scaled_schoenfeld");
        for (var j = 0; j < x.ColumnCount; j++)
        {
            Cmp("y." + x.ColumnNames[j], Vec(y.GetProperty(x.ColumnNames[j])), [.. z.ScaledSchoenfeld.Select(r => r[j])]);
        }

        var v = Mat(json.GetProperty("var"));
        for (var i = 0; i < v.Length; i++)
        {
            Cmp($"var[{i}]", v[i], [.. z.Variance[i].Select(e => (double?)e)]);
        }

        output.WriteLine($"{fixture}: max relative error {maxRel:E2}");
    }
}
