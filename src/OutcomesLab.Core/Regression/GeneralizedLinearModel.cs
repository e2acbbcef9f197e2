using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using OutcomesLab.Design;

namespace OutcomesLab.Regression;

/// <summary>
/// Generalised linear models fitted by iteratively reweighted least squares exactly as R's
/// <c>glm.fit</c> (R stats; McCullagh and Nelder, Generalized Linear Models, 2nd ed. 1989, ch. 2):
/// the family's starting values, a weighted least-squares step by Householder QR with R's limited
/// pivoting (tol 1e-11, aliased columns NA), step halving when the deviance is not finite or mu leaves
/// the family's range, and convergence when |dev - dev_old| / (|dev| + 0.1) &lt; epsilon. Standard
/// errors and tests follow <c>summary.glm</c> (dispersion 1 for binomial and Poisson, the Pearson
/// estimate for Gaussian with t tests), intervals <c>confint.default</c>.
/// </summary>
public static partial class GeneralizedLinearModel
{
    /// <summary>The intercept's term name, as R prints it.</summary>
    public const string InterceptName = "(Intercept)";

    private const double QrTolerance = 1e-11;
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>Fits the model of <paramref name="y"/> on the columns of <paramref name="design"/> (plus an intercept unless <see cref="GlmOptions.Intercept"/> is false).</summary>
    /// <param name="design">The covariates (R's model matrix without the intercept column).</param>
    /// <param name="y">The response: any real for Gaussian; 0/1 or a proportion of <see cref="GlmOptions.Weights"/> trials for binomial; counts >= 0 for Poisson.</param>
    /// <param name="options">Family, link, weights, offset and control.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">Lengths differ, a value is not finite, the response is outside the family's range, or the link is not one R allows for the family.</exception>
    public static GlmResult Fit(DesignMatrix design, IReadOnlyList<double> y, GlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(options);
        var n = design.RowCount;
        var family = options.Family;
        var link = options.Link ?? GlmFamilies.CanonicalLink(family);
        if (!GlmFamilies.Links(family).Contains(link))
        {
            throw new ArgumentException($"The {GlmFamilies.Name(family)} family takes the links {string.Join(", ", GlmFamilies.Links(family).Select(GlmLinks.Name))}, not {GlmLinks.Name(link)} (R refuses it too).", nameof(options));
        }

        var weights = Vector(options.Weights, n, 1, "weights");
        var offset = Vector(options.Offset, n, 0, "offset");
        var response = Vector(y, n, double.NaN, "y");
        Check(family, response, weights);

        // Column-major n x p model matrix with the intercept column first, as R's model.matrix.
        var offsetColumns = options.Intercept ? 1 : 0;
        var p = design.ColumnCount + offsetColumns;
        var names = ImmutableArray.CreateBuilder<string>(p);
        var x = new double[n * p];
        if (options.Intercept)
        {
            names.Add(InterceptName);
            Array.Fill(x, 1.0, 0, n);
        }

        for (var j = 0; j < design.ColumnCount; j++)
        {
            names.Add(design.ColumnNames[j]);
            var start = (j + offsetColumns) * n;
            for (var i = 0; i < n; i++)
            {
                x[start + i] = design[i, j];
            }
        }

        var (fit, theta, thetaSe, twoLogLik) = family == GlmFamily.NegativeBinomial
            ? FitNegativeBinomial(x, n, p, response, weights, offset, link, options)
            : (Irls(x, n, p, response, weights, offset, family, link, double.NaN, options, null, null), double.NaN, double.NaN, double.NaN);
        var nOk = weights.Count(w => w > 0);
        double nullDeviance;
        if (options.Intercept && options.Offset is not null)
        {
            // R glm: with an offset the null model is refitted (intercept and offset), started at the fitted values.
            var ones = Enumerable.Repeat(1.0, n).ToArray();
            // glm.fit starts the refit at the fitted values; MASS glm.nb refits with the final theta, not started.
            nullDeviance = family == GlmFamily.NegativeBinomial
                ? Irls(ones, n, 1, response, weights, offset, family, link, theta, options, null, null).Deviance
                : Irls(ones, n, 1, response, weights, offset, family, link, double.NaN, options, fit.Mu, null).Deviance;
        }
        else
        {
            var wtdmu = options.Intercept ? Sum(weights, response) / weights.Sum() : double.NaN;
            nullDeviance = 0;
            for (var i = 0; i < n; i++)
            {
                var mu0 = options.Intercept ? wtdmu : GlmLinks.Inverse(link, offset[i]);
                nullDeviance += GlmFamilies.DevianceResidual(family, response[i], mu0, weights[i], fit.Theta);
            }
        }

        var dfResidual = nOk - fit.Qr.Rank;
        var dfNull = nOk - (options.Intercept ? 1 : 0);
        var estimated = family == GlmFamily.Gaussian;
        var dispersion = 1.0;
        if (estimated)
        {
            var pearson = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (fit.WorkingWeights[i] > 0)
                {
                    pearson += fit.WorkingWeights[i] * fit.WorkingResiduals[i] * fit.WorkingResiduals[i];
                }
            }

            dispersion = dfResidual > 0 ? pearson / dfResidual : double.NaN;
        }

        var aic = family == GlmFamily.NegativeBinomial
            ? -twoLogLik + (2 * fit.Qr.Rank) + 2
            : GlmFamilies.Aic(family, Positive(response, weights), Positive(fit.Mu, weights), Positive(weights, weights), fit.Deviance) + (2 * fit.Qr.Rank);
        var unscaled = fit.Qr.UnscaledCovariance();
        var rank = fit.Qr.Rank;
        var cov = Enumerable.Repeat(double.NaN, p * p).ToArray();
        for (var a = 0; a < rank; a++)
        {
            for (var b = 0; b < rank; b++)
            {
                cov[(fit.Qr.Pivot[a] * p) + fit.Qr.Pivot[b]] = dispersion * unscaled[(a * rank) + b];
            }
        }

        var modelSe = Enumerable.Range(0, p).Select(j => Math.Sqrt(cov[(j * p) + j])).ToArray();
        int? clusterCount = null;
        if (options.Cluster is not null)
        {
            (cov, clusterCount) = ClusterCovariance(x, n, p, fit, unscaled, options.Cluster, options.ClusterHc1 ? nOk : 0);
            estimated = false;
        }

        var z = Normal.InvCDF(0, 1, 1 - ((1 - options.ConfidenceLevel) / 2));
        var coefficients = ImmutableArray.CreateBuilder<GlmCoefficient>(p);
        var diagnostics = new List<Diagnostic>(fit.Diagnostics);
        for (var j = 0; j < p; j++)
        {
            var beta = fit.Beta[j];
            if (double.IsNaN(beta))
            {
                coefficients.Add(new GlmCoefficient(names[j], double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, IsAliased: true));
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "aliased", $"The column \"{names[j]}\" is a linear combination of earlier columns (or constant): its coefficient is NA, as in R, and the other coefficients are estimated without it."));
                continue;
            }

            var se = Math.Sqrt(cov[(j * p) + j]);
            var stat = beta / se;
            var pValue = estimated
                ? 2 * StudentT.CDF(0, 1, dfResidual, -Math.Abs(stat))
                : 2 * Normal.CDF(0, 1, -Math.Abs(stat));
            coefficients.Add(new GlmCoefficient(names[j], beta, se, stat, pValue, beta - (z * se), beta + (z * se)) { ModelStdError = modelSe[j] });
        }

        return new GlmResult
        {
            Family = family,
            Link = link,
            Coefficients = coefficients.MoveToImmutable(),
            Deviance = fit.Deviance,
            NullDeviance = nullDeviance,
            DfResidual = dfResidual,
            DfNull = dfNull,
            Aic = aic,
            Dispersion = dispersion,
            N = nOk,
            Rank = rank,
            Iterations = fit.Iterations,
            Converged = fit.Converged,
            Fitted = [.. fit.Mu],
            Covariance = [.. cov],
            ClusterCount = clusterCount,
            Theta = family == GlmFamily.NegativeBinomial ? theta : null,
            ThetaStdError = family == GlmFamily.NegativeBinomial ? thetaSe : null,
            Diagnostics = [.. diagnostics],
        };
    }

    /// <summary>
    /// sandwich::vcovCL: U (sum_g s_g s_g') U x G/(G - 1) (type "HC0", R's default for a glm), times (n - 1)/(n - k) for "HC1", with U the
    /// unscaled covariance, s_g the cluster sums of the working residual x working weight x row, n the
    /// rows with positive weight and k the rank (the dispersion cancels between bread and estimating functions).
    /// </summary>
    private static (double[] Covariance, int Clusters) ClusterCovariance(double[] x, int n, int p, IrlsFit fit, double[] unscaled, IReadOnlyList<string> cluster, int hc1Rows)
    {
        if (cluster.Count != n)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"cluster has {cluster.Count} values but the design has {n} rows: give one per row."), nameof(cluster));
        }

        var rank = fit.Qr.Rank;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var sums = new List<double[]>();
        for (var i = 0; i < n; i++)
        {
            if (!index.TryGetValue(cluster[i], out var g))
            {
                index[cluster[i]] = g = sums.Count;
                sums.Add(new double[rank]);
            }

            var score = fit.WorkingResiduals[i] * fit.WorkingWeights[i];
            for (var a = 0; a < rank; a++)
            {
                sums[g][a] += score * x[(fit.Qr.Pivot[a] * n) + i];
            }
        }

        var clusters = sums.Count;
        if (clusters < 2)
        {
            throw new ArgumentException("Cluster-robust standard errors need at least 2 clusters; the cluster column has one value.", nameof(cluster));
        }

        var meat = new double[rank * rank];
        foreach (var s in sums)
        {
            for (var a = 0; a < rank; a++)
            {
                for (var b = 0; b < rank; b++)
                {
                    meat[(a * rank) + b] += s[a] * s[b];
                }
            }
        }

        var adjust = clusters / (clusters - 1.0) * (hc1Rows > 0 ? (hc1Rows - 1.0) / (hc1Rows - rank) : 1);
        var um = Multiply(unscaled, meat, rank);
        var v = Multiply(um, unscaled, rank);
        var cov = Enumerable.Repeat(double.NaN, p * p).ToArray();
        for (var a = 0; a < rank; a++)
        {
            for (var b = 0; b < rank; b++)
            {
                cov[(fit.Qr.Pivot[a] * p) + fit.Qr.Pivot[b]] = adjust * v[(a * rank) + b];
            }
        }

        return (cov, clusters);
    }

    private static double[] Multiply(double[] a, double[] b, int k)
    {
        var c = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var s = 0.0;
                for (var m = 0; m < k; m++)
                {
                    s += a[(i * k) + m] * b[(m * k) + j];
                }

                c[(i * k) + j] = s;
            }
        }

        return c;
    }

    // Theta: the negative binomial theta the fit used (NaN for other families).
    private sealed record IrlsFit(double[] Beta, double[] Mu, double Deviance, int Iterations, bool Converged, PivotedQr Qr, double[] WorkingWeights, double[] WorkingResiduals, List<Diagnostic> Diagnostics, double Theta);

    private static IrlsFit Irls(double[] x, int n, int p, double[] y, double[] weights, double[] offset, GlmFamily family, GlmLink link, double theta, GlmOptions options, double[]? muStart, double[]? etaStart)
    {
        var eta = new double[n];
        var mu = new double[n];
        for (var i = 0; i < n; i++)
        {
            eta[i] = etaStart?[i] ?? GlmLinks.Link(link, muStart?[i] ?? GlmFamilies.Start(family, y[i], weights[i]));
            mu[i] = GlmLinks.Inverse(link, eta[i]);
        }

        var devOld = Deviance(family, y, mu, weights, theta);
        var beta = new double[p];
        double[]? betaOld = null;
        var converged = false;
        var iterations = 0;
        var dev = devOld;
        PivotedQr? qr = null;
        var zw = new double[n];
        var xw = new double[n * p];
        var good = new bool[n];
        var stepWeights = new double[n];
        var diagnostics = new List<Diagnostic>();
        for (var iter = 1; iter <= options.MaxIterations; iter++)
        {
            iterations = iter;
            var ng = 0;
            for (var i = 0; i < n; i++)
            {
                var me = GlmLinks.MuEta(link, eta[i]);
                good[i] = weights[i] > 0 && me != 0;
                if (good[i])
                {
                    ng++;
                }
            }

            Array.Clear(stepWeights);
            var rows = new int[ng];
            for (int i = 0, r = 0; i < n; i++)
            {
                if (good[i])
                {
                    rows[r++] = i;
                }
            }

            var xg = new double[ng * p];
            var zg = new double[ng];
            for (var r = 0; r < ng; r++)
            {
                var i = rows[r];
                var me = GlmLinks.MuEta(link, eta[i]);
                var z = eta[i] - offset[i] + ((y[i] - mu[i]) / me);
                var w = Math.Sqrt(weights[i] * me * me / GlmFamilies.Variance(family, mu[i], theta));
                stepWeights[i] = w * w;
                zg[r] = z * w;
                for (var j = 0; j < p; j++)
                {
                    xg[(j * ng) + r] = x[(j * n) + i] * w;
                }
            }

            qr = PivotedQr.Decompose(xg, ng, p, QrTolerance);
            var solved = qr.Solve(qr.QtY(zg));
            var start = new double[p];
            Array.Fill(start, double.NaN);
            for (var k = 0; k < qr.Rank; k++)
            {
                start[qr.Pivot[k]] = solved[k];
            }

            beta = start;
            LinearPredictor(x, n, p, beta, offset, eta);
            for (var i = 0; i < n; i++)
            {
                mu[i] = GlmLinks.Inverse(link, eta[i]);
            }

            dev = Deviance(family, y, mu, weights, theta);
            if (!double.IsFinite(dev) || !Valid(family, link, eta, mu))
            {
                if (betaOld is null)
                {
                    throw new ArgumentException("No valid set of coefficients was found: the first step left the family's range; give starting values in range (R: 'please supply starting values').");
                }

                for (var halving = 0; !double.IsFinite(dev) || !Valid(family, link, eta, mu); halving++)
                {
                    if (halving >= options.MaxIterations)
                    {
                        throw new ArgumentException("The IRLS step could not be reduced to a valid fit (R: 'inner loop; cannot correct step size').");
                    }

                    for (var j = 0; j < p; j++)
                    {
                        beta[j] = (beta[j] + betaOld[j]) / 2;
                    }

                    LinearPredictor(x, n, p, beta, offset, eta);
                    for (var i = 0; i < n; i++)
                    {
                        mu[i] = GlmLinks.Inverse(link, eta[i]);
                    }

                    dev = Deviance(family, y, mu, weights, theta);
                }
            }

            if (Math.Abs(dev - devOld) / (Math.Abs(dev) + 0.1) < options.Epsilon)
            {
                converged = true;
                break;
            }

            devOld = dev;
            betaOld = [.. beta];
        }

        if (!converged)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "not-converged", string.Create(CultureInfo.InvariantCulture, $"The IRLS algorithm did not converge in {options.MaxIterations} iterations (R: 'glm.fit: algorithm did not converge'); the estimates are not reliable.")));
        }

        if (family == GlmFamily.Binomial && mu.Any(m => m > 1 - (10 * Epsilon) || m < 10 * Epsilon))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "separation", "Fitted probabilities numerically 0 or 1 occurred (R: 'glm.fit: fitted probabilities numerically 0 or 1 occurred'): a covariate separates the outcome completely or nearly, so some estimates and their standard errors are unbounded; use Firth's penalised likelihood or exact logistic regression, or combine sparse categories."));
        }

        if (family is GlmFamily.Poisson or GlmFamily.NegativeBinomial && mu.Any(m => m < 10 * Epsilon))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "zero-rates", "Fitted rates numerically 0 occurred (R: 'glm.fit: fitted rates numerically 0 occurred'): a covariate pattern has no events, so its estimate is unbounded."));
        }

        // R glm.fit: working residuals from the final eta, working weights those of the last WLS step.
        var workingResiduals = new double[n];
        for (var i = 0; i < n; i++)
        {
            workingResiduals[i] = (y[i] - mu[i]) / GlmLinks.MuEta(link, eta[i]);
        }

        return new IrlsFit(beta, mu, dev, iterations, converged, qr!, stepWeights, workingResiduals, diagnostics, theta);
    }

    private static void LinearPredictor(double[] x, int n, int p, double[] beta, double[] offset, double[] eta)
    {
        for (var i = 0; i < n; i++)
        {
            var s = offset[i];
            for (var j = 0; j < p; j++)
            {
                if (!double.IsNaN(beta[j]))
                {
                    s += x[(j * n) + i] * beta[j];
                }
            }

            eta[i] = s;
        }
    }

    private static bool Valid(GlmFamily family, GlmLink link, double[] eta, double[] mu)
    {
        for (var i = 0; i < eta.Length; i++)
        {
            if (!GlmLinks.ValidEta(link, eta[i]) || !GlmFamilies.ValidMu(family, mu[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static double Deviance(GlmFamily family, double[] y, double[] mu, double[] weights, double theta)
    {
        var d = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            d += GlmFamilies.DevianceResidual(family, y[i], mu[i], weights[i], theta);
        }

        return d;
    }

    private static double Sum(double[] w, double[] y)
    {
        var s = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            s += w[i] * y[i];
        }

        return s;
    }

    private static double[] Positive(double[] values, double[] weights) => [.. values.Where((_, i) => weights[i] > 0)];

    private static double[] Vector(IReadOnlyList<double>? values, int n, double fill, string name)
    {
        if (values is null)
        {
            return Enumerable.Repeat(fill, n).ToArray();
        }

        if (values.Count != n)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} has {values.Count} values but the design has {n} rows: give one per row."), name);
        }

        var result = values.ToArray();
        var bad = Array.FindIndex(result, v => !double.IsFinite(v));
        if (bad >= 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} row {bad + 1} is {result[bad]}: every value must be finite (drop rows with missing values first)."), name);
        }

        return result;
    }

    private static void Check(GlmFamily family, double[] y, double[] weights)
    {
        for (var i = 0; i < y.Length; i++)
        {
            if (weights[i] < 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"weights row {i + 1} is {weights[i]}: weights must be >= 0 (R: 'negative weights not allowed')."), nameof(weights));
            }

            var bad = family switch
            {
                GlmFamily.Binomial => y[i] < 0 || y[i] > 1 ? "a binomial response must be 0/1 or a proportion in [0, 1] (with the trials as weights)" : null,
                GlmFamily.Poisson or GlmFamily.NegativeBinomial => y[i] < 0 ? "a count response must be >= 0" : null,
                _ => null,
            };
            if (bad is not null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"y row {i + 1} is {y[i]}: {bad}."), nameof(y));
            }
        }
    }
}
