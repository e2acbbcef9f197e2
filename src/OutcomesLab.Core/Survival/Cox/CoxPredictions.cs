using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace OutcomesLab.Survival.Cox;

/// <summary>Residuals and predicted survival of fitted Cox models (R <c>residuals.coxph</c>, <c>survfit.coxph</c>; Therneau &amp; Grambsch 2000, ch. 4 and 10).</summary>
public static class CoxPredictions
{
    /// <summary>Residuals of a fitted model, as R <c>residuals(fit, type)</c>.</summary>
    /// <param name="fit">The fitted model.</param>
    /// <param name="type">Residual type.</param>
    /// <returns>The residual matrix.</returns>
    public static CoxResiduals Residuals(CoxResult fit, CoxResidualType type)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var st = fit.State;
        var d = st.Data;
        var n = d.N;
        var p = d.P;
        var names = fit.Coefficients.Select(c => c.Term).ToImmutableArray();
        if (type is CoxResidualType.Schoenfeld or CoxResidualType.ScaledSchoenfeld)
        {
            var tab = st.Table;
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<double>>();
            var times = ImmutableArray.CreateBuilder<double>();
            var idx = ImmutableArray.CreateBuilder<int>();
            var events = d.EventCount;
            for (var k = 0; k < n; k++)
            {
                if (d.Status[k] == 0)
                {
                    continue;
                }

                var e = tab.LastAtOrBefore(d.StratumOf[k], d.Stop[k]);
                var r = new double[p];
                for (var j = 0; j < p; j++)
                {
                    r[j] = st.Xc(k, j) - tab.XBarDeath[(e * p) + j];
                }

                if (type == CoxResidualType.ScaledSchoenfeld)
                {
                    var v = st.NaiveVar;
                    var s = new double[p];
                    for (var j = 0; j < p; j++)
                    {
                        for (var l = 0; l < p; l++)
                        {
                            s[j] += r[l] * v[(l * p) + j];
                        }

                        s[j] = (s[j] * events) + st.Beta[j];
                    }

                    r = s;
                }

                rows.Add([.. r]);
                times.Add(d.Stop[k]);
                idx.Add(d.Order[k]);
            }

            return new CoxResiduals(type, names, rows.ToImmutable(), times.ToImmutable(), idx.ToImmutable());
        }

        var outRows = new double[n][];
        if (type is CoxResidualType.Martingale or CoxResidualType.Deviance)
        {
            var m = new double[n];
            CoxResidualKernel.Compute(d, st.Table, st.Eta, m, null);
            for (var k = 0; k < n; k++)
            {
                var v = m[k];
                if (type == CoxResidualType.Deviance)
                {
                    var status = d.Status[k];
                    var inner = v + (status == 0 ? 0 : status * Math.Log(status - v));
                    v = Math.Sign(v) * Math.Sqrt(-2 * inner);
                }

                outRows[d.Order[k]] = [v];
            }

            return new CoxResiduals(type, [type == CoxResidualType.Martingale ? "martingale" : "deviance"], [.. outRows.Select(r => r.ToImmutableArray())], [], [.. Enumerable.Range(0, n)]);
        }

        var sc = new double[n * p];
        CoxResidualKernel.Compute(d, st.Table, st.Eta, null, sc);
        for (var k = 0; k < n; k++)
        {
            var r = new double[p];
            if (type == CoxResidualType.Dfbeta)
            {
                for (var j = 0; j < p; j++)
                {
                    for (var l = 0; l < p; l++)
                    {
                        r[j] += sc[(k * p) + l] * st.NaiveVar[(l * p) + j];
                    }

                    r[j] *= d.Weight[k];
                }
            }
            else
            {
                Array.Copy(sc, k * p, r, 0, p);
            }

            outRows[d.Order[k]] = r;
        }

        return new CoxResiduals(type, names, [.. outRows.Select(r => r.ToImmutableArray())], [], [.. Enumerable.Range(0, n)]);
    }

    /// <summary>
    /// Predicted survival curves for one covariate vector, one per stratum (R <c>survfit(fit, newdata)</c>).
    /// With <paramref name="covariates"/> null the curve is for the centring values <see cref="CoxResult.Means"/>
    /// (R's default; the baseline of the centred model).
    /// </summary>
    /// <param name="fit">The fitted model.</param>
    /// <param name="covariates">One value per design column (dummy columns 0/1), or null for the means.</param>
    /// <param name="confidenceLevel">Level of the log-type intervals; null for the fit's level.</param>
    /// <returns>One curve per stratum, in stratum order.</returns>
    /// <exception cref="ArgumentException">The covariate vector has the wrong length.</exception>
    public static ImmutableArray<CoxSurvivalCurve> PredictSurvival(CoxResult fit, IReadOnlyList<double>? covariates = null, double? confidenceLevel = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var st = fit.State;
        var d = st.Data;
        var p = d.P;
        if (covariates is not null && covariates.Count != p)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"covariates has {covariates.Count} values but the model has {p} columns ({string.Join(", ", fit.Coefficients.Select(c => c.Term))})."), nameof(covariates));
        }

        var x0 = new double[p];
        var lp = 0.0;
        for (var j = 0; j < p; j++)
        {
            x0[j] = covariates is null ? 0 : covariates[j] - d.Means[j];
            lp += x0[j] * st.Beta[j];
        }

        var r0 = Math.Exp(lp);
        var z = Normal.InvCDF(0, 1, 1 - ((1 - (confidenceLevel ?? fit.ConfidenceLevel)) / 2));
        var tab = st.Table;
        var v = st.NaiveVar;
        var labels = fit.State.StrataLabels;
        var curves = ImmutableArray.CreateBuilder<CoxSurvivalCurve>();
        for (var s = 0; s + 1 < tab.Offset.Length; s++)
        {
            int lo = tab.Offset[s], hi = tab.Offset[s + 1], m = hi - lo;
            var h = new double[m];
            var se = new double[m];
            var sv = new double[m];
            var lower = new double[m];
            var upper = new double[m];
            double cum = 0, varG = 0;
            var dvec = new double[p];
            for (var e = lo; e < hi; e++)
            {
                cum += tab.DHaz[e];
                varG += tab.DVar[e];
                for (var j = 0; j < p; j++)
                {
                    dvec[j] += (x0[j] * tab.DHaz[e]) - tab.DXHaz[(e * p) + j];
                }

                var q = 0.0;
                for (var j = 0; j < p; j++)
                {
                    for (var l = 0; l < p; l++)
                    {
                        q += dvec[j] * v[(j * p) + l] * dvec[l];
                    }
                }

                var i = e - lo;
                h[i] = cum * r0;
                se[i] = Math.Sqrt((varG + q) * r0 * r0);
                sv[i] = Math.Exp(-h[i]);
                lower[i] = sv[i] * Math.Exp(-z * se[i]);
                upper[i] = Math.Min(1, sv[i] * Math.Exp(z * se[i]));
            }

            curves.Add(new CoxSurvivalCurve(labels?[s], ImmutableArray.Create(tab.Time, lo, m), ImmutableArray.Create(tab.NRisk, lo, m), ImmutableArray.Create(tab.NEvent, lo, m),
                [.. h], [.. sv], [.. se], [.. lower], [.. upper]));
        }

        return curves.ToImmutable();
    }
}
