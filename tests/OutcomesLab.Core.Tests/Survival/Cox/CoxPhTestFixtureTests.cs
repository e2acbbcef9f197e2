using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.Cox.CoxFixtures;

namespace OutcomesLab.Core.Tests.Survival.Cox;

/// <summary>
/// Oracle: R fixtures lung_coxzph_km / lung_coxzph_identity (make_reference.R) and lung_coxzph_rank,
/// veteran_coxzph_km, heart_coxzph_{km,identity,rank} (r/make_cox_extra.R) = survival 3.5-3
/// <c>cox.zph(fit, transform)</c> on the lung Efron fit, the stratified veteran fit and the (start, stop]
/// heart fit <c>coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, data = heart)</c>.
/// </summary>
public sealed class CoxPhTestFixtureTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("lung_coxzph_km", CoxPhTransform.KaplanMeier)]
    [InlineData("lung_coxzph_identity", CoxPhTransform.Identity)]
    [InlineData("lung_coxzph_rank", CoxPhTransform.Rank)]
    [InlineData("veteran_coxzph_km", CoxPhTransform.KaplanMeier)]
    [InlineData("heart_coxzph_km", CoxPhTransform.KaplanMeier)]
    [InlineData("heart_coxzph_identity", CoxPhTransform.Identity)]
    [InlineData("heart_coxzph_rank", CoxPhTransform.Rank)]
    public void Zph_matches_cox_zph(string fixture, CoxPhTransform transform)
    {
        var json = LoadJson(fixture);
        var (s, x) = fixture.StartsWith("lung", StringComparison.Ordinal) ? Lung()
            : fixture.StartsWith("veteran", StringComparison.Ordinal) ? Veteran() : HeartModel();
        var fit = CoxRegression.Fit(s, x);
        var z = CoxProportionalHazardsTest.Test(fit, transform);
        var rows = z.Terms.Add(z.Global);
        if (json.TryGetProperty("terms", out var termsJson))
        {
            Assert.Equal(termsJson.EnumerateArray().Select(e => e.GetString()!), rows.Select(r => r.Term));
        }
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
        if (json.TryGetProperty("y_scaled_schoenfeld", out var y))
        {
            for (var j = 0; j < x.ColumnCount; j++)
            {
                Cmp("y." + x.ColumnNames[j], Vec(y.GetProperty(x.ColumnNames[j])), [.. z.ScaledSchoenfeld.Select(r => r[j])]);
            }
        }
        else
        {
            var ym = Mat(json.GetProperty("y"));
            Assert.Equal(ym.Length, z.ScaledSchoenfeld.Length);
            for (var e = 0; e < ym.Length; e++)
            {
                Cmp($"y[{e}]", ym[e], z.ScaledSchoenfeld[e]);
            }
        }

        var v = Mat(json.GetProperty("var"));
        for (var i = 0; i < v.Length; i++)
        {
            Cmp($"var[{i}]", v[i], [.. z.Variance[i].Select(e => (double?)e)]);
        }

        output.WriteLine($"{fixture}: max relative error {maxRel:E2}");
    }

    private static (OutcomesLab.Survival.SurvivalSample, OutcomesLab.Design.DesignMatrix) HeartModel()
    {
        var (s, x, _) = Heart();
        return (s, x);
    }
}
