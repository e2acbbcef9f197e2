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
            if (type is CoxResidualType.Dfbeta or CoxResidualType.Dfbetas)
            {
                for (var j = 0; j < p; j++)
                {
                    for (var l = 0; l < p; l++)
                    {
                        r[j] += sc[(k * p) + l] * st.NaiveVar[(l * p) + j];
                    }

                    r[j] *= d.Weight[k];
                    if (type == CoxResidualType.Dfbetas)
                    {
                        r[j] /= Math.Sqrt(st.NaiveVar[(j * p) + j]);
                    }
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
    /// Predicted survival curves for one covariate vector, one per stratum (R <c>survfit(fit, newdata)</c>,
    /// i.e. <c>survfit.coxph</c>): a row at every distinct stop time of the stratum, event and censoring
    /// times alike, with the weighted numbers at risk (for (start, stop] data the rows with start &lt; t &lt;= stop),
    /// of events and of censorings, the cumulative hazard (Breslow for Breslow fits, Efron's for Efron fits),
    /// S = exp(-H), the standard error of H including the variance of beta-hat (the robust one for robust fits,
    /// as R's <c>fit$var</c>), and pointwise intervals
    /// (Therneau &amp; Grambsch 2000, section 10.2; R <c>?survfit.coxph</c>).
    /// With <paramref name="covariates"/> null the curve is for the centring values <see cref="CoxResult.Means"/>
    /// (R's default; the baseline of the centred model).
    /// </summary>
    /// <param name="fit">The fitted model.</param>
    /// <param name="covariates">One value per design column (dummy columns 0/1), or null for the means.</param>
    /// <param name="confidenceLevel">Level of the intervals; null for the fit's level (R <c>conf.int</c>).</param>
    /// <param name="ciTransform">Interval transform, R <c>conf.type</c>; default <see cref="CiTransform.Log"/> as R.</param>
    /// <returns>One curve per stratum, in stratum order.</returns>
    /// <exception cref="ArgumentException">The covariate vector has the wrong length.</exception>
    public static ImmutableArray<CoxSurvivalCurve> PredictSurvival(CoxResult fit, IReadOnlyList<double>? covariates = null, double? confidenceLevel = null, CiTransform ciTransform = CiTransform.Log)
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

        // survfit.coxph uses fit$var: the sandwich variance when the fit is robust.
        var v = fit.IsRobust ? [.. fit.Variance.SelectMany(r => r)] : st.NaiveVar;
        var labels = fit.State.StrataLabels;
        var curves = ImmutableArray.CreateBuilder<CoxSurvivalCurve>();
        for (var s = 0; s + 1 < d.StratumStart.Length; s++)
        {
            var rows = StratumRows(d, s);
            var m = rows.Time.Length;
            var h = new double[m];
            var se = new double[m];
            var sv = new double[m];
            var lower = new double?[m];
            var upper = new double?[m];
            double cum = 0, varG = 0, seNow = 0;
            var dvec = new double[p];
            var e = tab.Offset[s];
            for (var i = 0; i < m; i++)
            {
                var moved = false;
                for (; e < tab.Offset[s + 1] && tab.Time[e] <= rows.Time[i]; e++)
                {
                    moved = true;
                    cum += tab.DHaz[e];
                    varG += tab.DVar[e];
                    for (var j = 0; j < p; j++)
                    {
                        dvec[j] += (x0[j] * tab.DHaz[e]) - tab.DXHaz[(e * p) + j];
                    }
                }

                if (moved)
                {
                    var q = 0.0;
                    for (var j = 0; j < p; j++)
                    {
                        for (var l = 0; l < p; l++)
                        {
                            q += dvec[j] * v[(j * p) + l] * dvec[l];
                        }
                    }

                    seNow = Math.Sqrt((varG + q) * r0 * r0);
                }

                h[i] = cum * r0;
                se[i] = seNow;
                sv[i] = Math.Exp(-h[i]);
                (lower[i], upper[i]) = KaplanMeierKernel.Confint(sv[i], se[i], z, ciTransform);
            }

            curves.Add(new CoxSurvivalCurve(labels?[s], [.. rows.Time], [.. rows.NRisk], [.. rows.NEvent], [.. rows.NCensor],
                [.. h], [.. sv], [.. se], [.. lower], [.. upper], ciTransform));
        }

        return curves.ToImmutable();
    }

    /// <summary>Distinct stop times of stratum s with the weighted numbers at risk, of events and of censorings (R <c>survfit</c>'s n.risk, n.event, n.censor).</summary>
    private static (double[] Time, double[] NRisk, double[] NEvent, double[] NCensor) StratumRows(CoxData d, int s)
    {
        int lo = d.StratumStart[s], hi = d.StratumStart[s + 1];
        var time = new List<double>();
        var nRisk = new List<double>();
        var nEvent = new List<double>();
        var nCensor = new List<double>();
        double atRiskStop = 0, leftByStart = 0;
        var sp = lo;
        for (var k = hi - 1; k >= lo;)
        {
            var t = d.Stop[k];
            double ev = 0, ce = 0;
            for (; k >= lo && d.Stop[k] == t; k--)
            {
                atRiskStop += d.Weight[k];
                if (d.Status[k] != 0)
                {
                    ev += d.Weight[k];
                }
                else
                {
                    ce += d.Weight[k];
                }
            }

            if (d.Start is not null && d.StartOrder is not null)
            {
                for (; sp < hi && d.Start[d.StartOrder[sp]] >= t; sp++)
                {
                    leftByStart += d.Weight[d.StartOrder[sp]];
                }
            }

            time.Add(t);
            nRisk.Add(atRiskStop - leftByStart);
            nEvent.Add(ev);
            nCensor.Add(ce);
        }

        time.Reverse();
        nRisk.Reverse();
        nEvent.Reverse();
        nCensor.Reverse();
        return ([.. time], [.. nRisk], [.. nEvent], [.. nCensor]);
    }
}
