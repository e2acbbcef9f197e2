using System.Globalization;
using OutcomesLab.Design;
using OutcomesLab.Regression;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Regression;

/// <summary>
/// GLMs against R 4.2.2's glm(), MASS's glm.nb, sandwich 3.0.2's vcovCL and lmtest 0.9.40's coeftest (Fixtures/glm/make_glm_reference.R on data/simulated_cohort.csv and
/// data/examples/dat_bcg.csv): coefficients, SEs, Wald statistics, p, confint.default, deviance,
/// null deviance, df, AIC, dispersion and the Fisher scoring iteration count.
/// </summary>
public sealed class GeneralizedLinearModelTests
{
    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Reference = new(ReadReference);

    public static TheoryData<string> Models => ["logit", "probit", "cloglog", "aliased", "proportion", "poisson_offset", "poisson_sqrt", "gaussian", "gaussian_weighted", "gaussian_log", "nb", "nb_offset"];

    [Theory]
    [MemberData(nameof(Models))]
    public void Agrees_with_R_glm(string model)
    {
        var fit = Fit(model);
        var r = Reference.Value[model];
        NumericAssert.Close(Num(r["deviance"]), fit.Deviance, rel: 1e-11, what: "deviance");
        NumericAssert.Close(Num(r["null_deviance"]), fit.NullDeviance, rel: 1e-11, what: "null deviance");
        Assert.Equal((int)Num(r["df_residual"]), fit.DfResidual);
        Assert.Equal((int)Num(r["df_null"]), fit.DfNull);
        NumericAssert.Close(Num(r["aic"]), fit.Aic, rel: 1e-11, what: "AIC");
        NumericAssert.Close(Num(r["dispersion"]), fit.Dispersion, rel: 1e-10, what: "dispersion");
        Assert.Equal((int)Num(r["iterations"]), fit.Iterations);
        Assert.True(fit.Converged);
        if (r.TryGetValue("theta", out var theta))
        {
            NumericAssert.Close(Num(theta), fit.Theta, rel: 1e-8, what: "theta");
            NumericAssert.Close(Num(r["theta_se"]), fit.ThetaStdError, rel: 1e-7, what: "SE of theta");
        }
        else
        {
            Assert.Null(fit.Theta);
        }

        var terms = r.Keys.Where(k => k.StartsWith("coef:", StringComparison.Ordinal)).Select(k => k[5..]).ToList();
        Assert.Equal(terms.Count, fit.Coefficients.Length);
        for (var i = 0; i < terms.Count; i++)
        {
            var c = fit.Coefficients[i];
            Assert.Equal(terms[i], c.Term.Replace("=", "", StringComparison.Ordinal));
            if (r[$"coef:{terms[i]}"] == "NA")
            {
                Assert.True(c.IsAliased, $"{terms[i]} is aliased in R");
                continue;
            }

            NumericAssert.Close(Num(r[$"coef:{terms[i]}"]), c.Estimate, rel: 1e-9, abs: 1e-12, what: $"{model} coef {terms[i]}");
            NumericAssert.Close(Num(r[$"se:{terms[i]}"]), c.StdError, rel: 1e-9, what: $"{model} se {terms[i]}");
            NumericAssert.Close(Num(r[$"stat:{terms[i]}"]), c.Statistic, rel: 1e-9, abs: 1e-12, what: $"{model} statistic {terms[i]}");
            NumericAssert.Close(Num(r[$"p:{terms[i]}"]), c.P, rel: 1e-8, abs: 1e-300, what: $"{model} p {terms[i]}");
            NumericAssert.Close(Num(r[$"lower:{terms[i]}"]), c.Lower, rel: 1e-9, abs: 1e-12, what: $"{model} lower {terms[i]}");
            NumericAssert.Close(Num(r[$"upper:{terms[i]}"]), c.Upper, rel: 1e-9, abs: 1e-12, what: $"{model} upper {terms[i]}");
        }
    }

    [Theory]
    [InlineData("logit")]
    [InlineData("gaussian")]
    [InlineData("poisson_offset")]
    public void Cluster_robust_standard_errors_agree_with_sandwich_vcovCL(string model)
    {
        var fit = Fit(model, clustered: true);
        var r = Reference.Value[model];
        Assert.NotNull(fit.ClusterCount);
        foreach (var c in fit.Coefficients)
        {
            var term = c.Term.Replace("=", "", StringComparison.Ordinal);
            NumericAssert.Close(Num(r[$"robust_se:{term}"]), c.StdError, rel: 1e-9, what: $"{model} robust SE {term}");
            NumericAssert.Close(Num(r[$"se:{term}"]), c.ModelStdError, rel: 1e-9, what: $"{model} model SE {term}");
            NumericAssert.Close(Num(r[$"coef:{term}"]), c.Estimate, rel: 1e-9, abs: 1e-12, what: $"{model} coef {term}");
            // lmtest::coeftest(fit, vcov. = vcovCL(...)): z tests on the robust SE for a glm.
            NumericAssert.Close(Num(r[$"robust_z:{term}"]), c.Statistic, rel: 1e-9, abs: 1e-12, what: $"{model} robust z {term}");
            NumericAssert.Close(Num(r[$"robust_p:{term}"]), c.P, rel: 1e-8, abs: 1e-300, what: $"{model} robust p {term}");
        }

        var hc1 = Fit(model, clustered: true, hc1: true);
        foreach (var c in hc1.Coefficients)
        {
            var term = c.Term.Replace("=", "", StringComparison.Ordinal);
            NumericAssert.Close(Num(r[$"robust_hc1_se:{term}"]), c.StdError, rel: 1e-9, what: $"{model} HC1 robust SE {term}");
        }
    }

    [Fact]
    public void An_aliased_column_is_named_in_a_warning()
    {
        var fit = Fit("aliased");
        Assert.Contains(fit.Diagnostics, d => d.Code == "aliased" && d.Message.Contains("\"age2\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Complete_separation_is_reported_as_R_warns()
    {
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8];
        double[] y = [0, 0, 0, 0, 1, 1, 1, 1];
        var fit = GeneralizedLinearModel.Fit(DesignMatrix.FromColumns(["x"], [x]), y, new GlmOptions { Family = GlmFamily.Binomial });
        Assert.Contains(fit.Diagnostics, d => d.Code == "separation");
    }

    [Fact]
    public void Bad_input_is_refused_with_the_row()
    {
        var design = DesignMatrix.FromColumns(["x"], [[1.0, 2, 3]]);
        var e = Assert.Throws<ArgumentException>(() => GeneralizedLinearModel.Fit(design, [0, 2, 1], new GlmOptions { Family = GlmFamily.Binomial }));
        Assert.Contains("y row 2 is 2", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => GeneralizedLinearModel.Fit(design, [0, 2, 1], new GlmOptions { Family = GlmFamily.Poisson, Link = GlmLink.Logit }));
        Assert.Contains("takes the links log, identity, sqrt", e.Message, StringComparison.Ordinal);
    }

    private static GlmResult Fit(string model, bool clustered = false, bool hc1 = false)
    {
        var cohort = Csv(RepositoryPaths.Combine("data", "simulated_cohort.csv"));
        var bcg = Csv(RepositoryPaths.Combine("data", "examples", "dat_bcg.csv"));
        var vas = cohort.Where(r => r["eq_vas_w24"] != "NA" && r["eq_vas_w24"] != "").ToList();
        var trials = bcg.Select(r => Num(r["tpos"]) + Num(r["tneg"])).ToArray();

        DesignMatrix Design(List<Dictionary<string, string>> rows, params string[] terms)
        {
            var builder = new DesignMatrixBuilder();
            foreach (var t in terms)
            {
                _ = t switch
                {
                    "arm" => builder.AddCategorical("arm", [.. rows.Select(r => r["arm"])], "methadone"),
                    "sex" => builder.AddCategorical("sex", [.. rows.Select(r => r["sex"])], "F"),
                    "age2" => builder.AddNumeric("age2", [.. rows.Select(r => 2 * Num(r["age"]))]),
                    _ => builder.AddNumeric(t, [.. rows.Select(r => Num(r[t]))]),
                };
            }

            return builder.Build();
        }

        double[] Column(List<Dictionary<string, string>> rows, string name) => [.. rows.Select(r => Num(r[name]))];
        string[]? Clusters(List<Dictionary<string, string>> rows, string name) => clustered ? [.. rows.Select(r => r[name])] : null;

        return model switch
        {
            "logit" => GeneralizedLinearModel.Fit(Design(cohort, "arm", "age", "sex"), Column(cohort, "event"), new GlmOptions { Family = GlmFamily.Binomial, Cluster = Clusters(cohort, "site"), ClusterHc1 = hc1 }),
            "probit" => GeneralizedLinearModel.Fit(Design(cohort, "arm", "age", "sex"), Column(cohort, "event"), new GlmOptions { Family = GlmFamily.Binomial, Link = GlmLink.Probit }),
            "cloglog" => GeneralizedLinearModel.Fit(Design(cohort, "arm", "age"), Column(cohort, "event"), new GlmOptions { Family = GlmFamily.Binomial, Link = GlmLink.Cloglog }),
            "aliased" => GeneralizedLinearModel.Fit(Design(cohort, "age", "arm", "age2"), Column(cohort, "event"), new GlmOptions { Family = GlmFamily.Binomial }),
            "proportion" => GeneralizedLinearModel.Fit(Design(bcg, "ablat", "year"), [.. bcg.Select((r, i) => Num(r["tpos"]) / trials[i])], new GlmOptions { Family = GlmFamily.Binomial, Weights = trials }),
            "poisson_offset" => GeneralizedLinearModel.Fit(Design(bcg, "ablat", "year"), Column(bcg, "tpos"), new GlmOptions { Family = GlmFamily.Poisson, Offset = [.. trials.Select(t => Math.Log(t))], Cluster = Clusters(bcg, "alloc"), ClusterHc1 = hc1 }),
            "poisson_sqrt" => GeneralizedLinearModel.Fit(Design(bcg, "ablat"), Column(bcg, "tpos"), new GlmOptions { Family = GlmFamily.Poisson, Link = GlmLink.Sqrt }),
            "gaussian" => GeneralizedLinearModel.Fit(Design(vas, "arm", "age", "eq_vas"), Column(vas, "eq_vas_w24"), new GlmOptions { Cluster = Clusters(vas, "site"), ClusterHc1 = hc1 }),
            "gaussian_weighted" => GeneralizedLinearModel.Fit(Design(vas, "arm", "eq_vas"), Column(vas, "eq_vas_w24"), new GlmOptions { Weights = Column(vas, "age") }),
            "gaussian_log" => GeneralizedLinearModel.Fit(Design(vas, "arm", "eq_vas"), Column(vas, "eq_vas_w24"), new GlmOptions { Link = GlmLink.Log }),
            "nb" => GeneralizedLinearModel.Fit(Design(bcg, "ablat", "year"), Column(bcg, "tpos"), new GlmOptions { Family = GlmFamily.NegativeBinomial }),
            _ => GeneralizedLinearModel.Fit(Design(bcg, "ablat"), Column(bcg, "tpos"), new GlmOptions { Family = GlmFamily.NegativeBinomial, Offset = [.. trials.Select(t => Math.Log(t))] }),
        };
    }

    private static double Num(string text) => double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> Csv(string path)
    {
        // The two data files hold no quoted commas except dat_bcg's author column, which is not used here.
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var cells = SplitCsv(l);
            return header.Select((h, i) => (h, cells[i])).ToDictionary(p => p.h.Trim('"'), p => p.Item2.Trim('"'));
        })];
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var inQuotes = false;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (line[i] == ',' && !inQuotes)
            {
                cells.Add(line[start..i]);
                start = i + 1;
            }
        }

        cells.Add(line[start..]);
        return cells;
    }

    private static Dictionary<string, Dictionary<string, string>> ReadReference()
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var row in Csv(Path.Combine(AppContext.BaseDirectory, "Fixtures", "glm", "glm_reference.csv")))
        {
            if (!result.TryGetValue(row["model"], out var m))
            {
                result[row["model"]] = m = [];
            }

            m[row["quantity"]] = row["value"].Trim();
        }

        return result;
    }
}
