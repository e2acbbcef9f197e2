using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// Inverse-variance meta-analysis of k effect sizes yᵢ with known sampling variances vᵢ, as metafor's
/// <c>rma(yi, vi, method, test)</c> (Viechtbauer 2010): fixed-effect, DerSimonian &amp; Laird (1986) and
/// REML by Fisher scoring (Viechtbauer 2005), with Cochran's Q, I², H², τ² and its SE, the prediction
/// interval of <c>predict.rma</c> and the Knapp &amp; Hartung (2003) option.
/// </summary>
public static class MetaAnalysis
{
    /// <summary>Fits the model.</summary>
    /// <param name="yi">Effect sizes (finite).</param>
    /// <param name="vi">Sampling variances (finite, &gt; 0).</param>
    /// <param name="options">Options; null for the defaults (REML, z test).</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">Lengths differ, fewer than 2 studies, or an invalid value (the message names the first bad index).</exception>
    public static MetaAnalysisResult Fit(IReadOnlyList<double> yi, IReadOnlyList<double> vi, MetaAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yi);
        ArgumentNullException.ThrowIfNull(vi);
        options ??= MetaAnalysisOptions.Default;
        StandardizedMeanDifference.ValidateLevel(options.ConfidenceLevel);
        if (yi.Count != vi.Count || yi.Count < 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"yi has {yi.Count} values and vi {vi.Count}: expected the same number, at least 2 studies."), nameof(vi));
        }

        var k = yi.Count;
        var y = new double[k];
        var v = new double[k];
        for (var i = 0; i < k; i++)
        {
            y[i] = yi[i];
            v[i] = vi[i];
            if (!double.IsFinite(y[i]) || !double.IsFinite(v[i]) || v[i] <= 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Study {i} has yi = {y[i]}, vi = {v[i]}: expected a finite effect and a finite positive variance. Drop studies with missing values (metafor drops NA rows)."), nameof(yi));
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        // Fixed-effect quantities (Q always uses FE weights)
        var w0 = v.Select(x => 1 / x).ToArray();
        double sw0 = w0.Sum(), sw0sq = w0.Sum(x => x * x);
        var muFe = Dot(w0, y) / sw0;
        var q = 0.0;
        for (var i = 0; i < k; i++)
        {
            q += w0[i] * (y[i] - muFe) * (y[i] - muFe);
        }

        var df = k - 1;
        var qp = SpecialFunctions.GammaUpperRegularized(df / 2.0, q / 2);
        var trP0 = sw0 - (sw0sq / sw0);
        var vTypical = df / trP0;

        double tau2 = 0, seTau2 = double.NaN;
        var iterations = 0;
        var converged = true;
        switch (options.Method)
        {
            case MetaAnalysisMethod.FixedEffect:
                break;
            case MetaAnalysisMethod.DerSimonianLaird:
                {
                    tau2 = Math.Max(0, (q - df) / trP0);
                    var sumPP = SumPSquared(w0);
                    seTau2 = Math.Sqrt(1 / (trP0 * trP0) * ((2.0 * df) + (4 * tau2 * trP0) + (2 * tau2 * tau2 * sumPP)));
                    break;
                }

            case MetaAnalysisMethod.Reml:
                (tau2, seTau2, iterations, converged) = Reml(y, v, options);
                if (!converged)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "not-converged", string.Create(CultureInfo.InvariantCulture, $"REML did not converge in {options.MaxIterations} Fisher-scoring iterations; tau² may be inaccurate.")));
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown meta-analysis method.");
        }

        if (options.Method != MetaAnalysisMethod.FixedEffect && tau2 == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "tau2-zero", "The between-study variance was estimated as 0: the random-effects fit equals the fixed-effect fit."));
        }

        var w = v.Select(x => 1 / (x + tau2)).ToArray();
        var sw = w.Sum();
        var mu = Dot(w, y) / sw;
        var se = Math.Sqrt(1 / sw);
        var alpha = 1 - options.ConfidenceLevel;
        double crit, stat, p, testDf = double.NaN;
        if (options.Test == MetaAnalysisTest.KnappHartung)
        {
            var s2w = 0.0;
            for (var i = 0; i < k; i++)
            {
                s2w += w[i] * (y[i] - mu) * (y[i] - mu);
            }

            s2w /= df;
            se *= Math.Sqrt(s2w);
            testDf = df;
            crit = StudentT.InvCDF(0, 1, df, 1 - (alpha / 2));
            stat = mu / se;
            p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(stat));
        }
        else
        {
            crit = Normal.InvCDF(0, 1, 1 - (alpha / 2));
            stat = mu / se;
            p = 2 * Normal.CDF(0, 1, -Math.Abs(stat));
        }

        double i2, h2, piLo = double.NaN, piHi = double.NaN;
        if (options.Method == MetaAnalysisMethod.FixedEffect)
        {
            i2 = q > df ? 100 * (q - df) / q : 0;
            h2 = q / df;
        }
        else
        {
            i2 = 100 * tau2 / (vTypical + tau2);
            h2 = (vTypical + tau2) / vTypical;
            var sePred = Math.Sqrt(tau2 + (se * se));
            piLo = mu - (crit * sePred);
            piHi = mu + (crit * sePred);
        }

        if (k < 5 && options.Method != MetaAnalysisMethod.FixedEffect)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "few-studies", string.Create(CultureInfo.InvariantCulture, $"Only {k} studies: tau² is imprecise; consider the Knapp–Hartung test.")));
        }

        return new MetaAnalysisResult(
            options.Method,
            options.Test,
            k,
            mu,
            se,
            stat,
            testDf,
            p,
            mu - (crit * se),
            mu + (crit * se),
            piLo,
            piHi,
            tau2,
            seTau2,
            i2,
            h2,
            q,
            df,
            qp,
            w.Select(x => 100 * x / sw).ToImmutableArray(),
            iterations,
            converged,
            options.ConfidenceLevel,
            diagnostics.ToImmutable());
    }

    // Fisher scoring on the REML likelihood, intercept-only model:
    // P = W − w wᵀ/Σw, step = (yᵀPPy − tr P)/tr(PP), halved while τ² would turn negative (metafor's scheme).
    private static (double Tau2, double SeTau2, int Iterations, bool Converged) Reml(double[] y, double[] v, MetaAnalysisOptions o)
    {
        var k = y.Length;

        // metafor's starting value: the Hedges (HE) estimator, truncated at 0
        var mean = y.Average();
        var ss = y.Sum(x => (x - mean) * (x - mean));
        var tau2 = Math.Max(0, (ss / (k - 1)) - v.Average());
        var w = new double[k];
        var iter = 0;
        var converged = false;
        while (iter < o.MaxIterations)
        {
            iter++;
            var (py, trP, sumPP, ypppy) = PQuantities(y, v, tau2, w);
            _ = py;
            var adj = (ypppy - trP) / sumPP;
            var step = 1.0;
            while (tau2 + (step * adj) < 0)
            {
                step /= 2;
            }

            var next = tau2 + (step * adj);
            var change = Math.Abs(next - tau2);
            tau2 = next;
            if (change < o.Tolerance)
            {
                converged = true;
                break;
            }
        }

        tau2 = Math.Max(0, tau2);
        var final = PQuantities(y, v, tau2, w);
        return (tau2, Math.Sqrt(2 / final.SumPP), iter, converged);
    }

    // For W = diag(1/(v + τ²)) and P = W − w wᵀ/Σw: Py, tr P, Σ P_ij², yᵀ P P y.
    private static (double[] Py, double TrP, double SumPP, double YPPY) PQuantities(double[] y, double[] v, double tau2, double[] w)
    {
        var k = y.Length;
        for (var i = 0; i < k; i++)
        {
            w[i] = 1 / (v[i] + tau2);
        }

        var sw = w.Sum();
        var mu = Dot(w, y) / sw;
        var py = new double[k];
        var trP = 0.0;
        for (var i = 0; i < k; i++)
        {
            py[i] = w[i] * (y[i] - mu);
            trP += w[i] - (w[i] * w[i] / sw);
        }

        return (py, trP, SumPSquared(w), Dot(py, py));
    }

    // Σ_ij P_ij² for P = diag(w) − w wᵀ/Σw
    private static double SumPSquared(double[] w)
    {
        double sw = w.Sum(), s2 = 0, s4 = 0, s3 = 0;
        foreach (var x in w)
        {
            s2 += x * x;
            s3 += x * x * x;
        }

        // Σ_i w_i² − 2 Σ_i w_i³/sw + (Σ w_i²)²/sw²
        s4 = s2 * s2 / (sw * sw);
        return s2 - (2 * s3 / sw) + s4;
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }
}
