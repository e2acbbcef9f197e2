using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using OutcomesLab.Design;

namespace OutcomesLab.Survival.Cox;

/// <summary>
/// Cox proportional-hazards regression by maximum partial likelihood (Cox 1972), reproducing R
/// survival 3.5-3's <c>coxph</c>: Efron or Breslow ties, strata, case weights, counting-process
/// (start, stop] data, Newton–Raphson with step halving and the relative log-likelihood
/// convergence rule of <c>coxfit6.c</c>, grouped sandwich variance (Lin &amp; Wei 1989) with robust
/// Wald and score tests. Reference: Therneau &amp; Grambsch (2000), <i>Modeling Survival Data:
/// Extending the Cox Model</i>, ch. 3 and 7; R documentation of <c>coxph</c>, <c>coxph.fit</c>,
/// <c>agreg.fit</c>, <c>residuals.coxph</c> and <c>survfit.coxph</c>.
/// </summary>
public static class CoxRegression
{
    /// <summary>Fits a Cox model.</summary>
    /// <param name="sample">Times (and entry times for (start, stop] data), status 0/1, optional strata and positive case weights.</param>
    /// <param name="x">Design matrix with one row per subject/interval of <paramref name="sample"/>.</param>
    /// <param name="options">Options; null for R's defaults.</param>
    /// <returns>The fitted model with its coefficient table, tests, concordance and diagnostics.</returns>
    /// <remarks>Aliased columns (a linear combination of earlier columns, found as R does: a pivot of the
    /// Cholesky decomposition of the information below <see cref="CoxOptions.CholeskyTolerance"/> times its
    /// largest diagonal element, so earlier columns are kept) get NaN coefficients (R's NA) with
    /// <see cref="CoxCoefficient.IsAliased"/> set and an "aliased" diagnostic; the tests have as many df
    /// as estimated coefficients (R <c>summary.coxph</c>).</remarks>
    /// <exception cref="ArgumentException">Rows do not match, status is not 0/1, weights are not positive, a cluster label is missing, or no column can be estimated.</exception>
    public static CoxResult Fit(SurvivalSample sample, DesignMatrix x, CoxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(x);
        options ??= CoxOptions.Default;
        if (options.ConfidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"ConfidenceLevel is {options.ConfidenceLevel}: expected a value strictly between 0 and 1, e.g. 0.95."), nameof(options));
        }

        var d = CoxData.Create(sample, x);
        var p = d.P;
        var efron = options.Ties == TieMethod.Efron;
        using var kernel = new CoxKernel(d, efron);
        var tol = options.CholeskyTolerance;

        var beta = new double[p];
        var newBeta = new double[p];
        var loglik0 = kernel.Evaluate(beta);
        var work = (double[])kernel.Imat.Clone();

        // A pivot below toler.chol x the largest diagonal is set to zero (cholesky2): that column's
        // Newton step is zero, so it stays at 0 and is aliased (R's NA), as in coxfit6.c.
        CoxLinearAlgebra.Cholesky(work, p, tol);
        var step = (double[])kernel.U.Clone();
        CoxLinearAlgebra.Solve(work, p, step);
        var scoreTest = 0.0;
        for (var j = 0; j < p; j++)
        {
            scoreTest += kernel.U[j] * step[j];
            newBeta[j] = beta[j] + step[j];
        }

        var best = loglik0;
        var halving = 0;
        var converged = false;
        var iter = 0;
        double loglik = loglik0;
        for (iter = 1; iter <= options.MaxIterations; iter++)
        {
            var newLk = kernel.Evaluate(newBeta);
            Array.Copy(kernel.Imat, work, work.Length);
            CoxLinearAlgebra.Cholesky(work, p, tol);
            var finite = double.IsFinite(newLk);
            for (var j = 0; j < p && finite; j++)
            {
                finite = double.IsFinite(kernel.U[j]);
            }

            if (finite && Math.Abs(1 - (best / newLk)) <= options.Epsilon)
            {
                loglik = newLk;
                Array.Copy(newBeta, beta, p);
                converged = true;
                break;
            }

            if (!finite || newLk < best)
            {
                halving++;
                for (var j = 0; j < p; j++)
                {
                    newBeta[j] = (newBeta[j] + (halving * beta[j])) / (halving + 1.0);
                }
            }
            else
            {
                halving = 0;
                best = newLk;
                Array.Copy(kernel.U, step, p);
                CoxLinearAlgebra.Solve(work, p, step);
                for (var j = 0; j < p; j++)
                {
                    beta[j] = newBeta[j];
                    newBeta[j] += step[j];
                }
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(sample.Diagnostics);
        if (!converged)
        {
            iter = options.MaxIterations;
            loglik = kernel.Evaluate(beta);
            Array.Copy(kernel.Imat, work, work.Length);
            CoxLinearAlgebra.Cholesky(work, p, tol);
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "not-converged",
                string.Create(CultureInfo.InvariantCulture, $"Ran out of iterations ({options.MaxIterations}) and did not converge; the estimates are those with the best log-likelihood.")));
        }

        // Back to the original scale (coxfit6.c).
        var invScaled = CoxLinearAlgebra.Inverse(work, p);

        // Aliased columns (coxph.fit): which.sing = diag(var) == 0 after chinv2 of the final information.
        var aliased = new bool[p];
        var keep = new List<int>();
        for (var j = 0; j < p; j++)
        {
            aliased[j] = invScaled[(j * p) + j] == 0;
            if (!aliased[j])
            {
                keep.Add(j);
            }
        }

        if (keep.Count == 0)
        {
            d.ReleaseScratch();
            throw new ArgumentException(
                $"No coefficient can be estimated: every column ({string.Join(", ", x.ColumnNames)}) is constant within the risk sets. Use covariates that vary between the subjects at risk.",
                nameof(x));
        }

        var df = keep.Count;
        var coef = new double[p];
        var u = new double[p];
        var naiveVar = new double[p * p];
        for (var j = 0; j < p; j++)
        {
            coef[j] = beta[j] * d.Scale[j];
            u[j] = kernel.U[j] / d.Scale[j];
            for (var k = 0; k < p; k++)
            {
                naiveVar[(j * p) + k] = invScaled[(j * p) + k] * d.Scale[j] * d.Scale[k];
            }
        }

        // Possibly infinite coefficients (coxph.fit): |u V| > eps and > toler.inf |beta|.
        if (converged)
        {
            var flagged = new List<string>();
            for (var j = 0; j < p; j++)
            {
                var inf = 0.0;
                for (var k = 0; k < p; k++)
                {
                    inf += u[k] * naiveVar[(k * p) + j];
                }

                inf = Math.Abs(inf);
                if (!double.IsFinite(u[j]) || (inf > options.Epsilon && inf > options.InfiniteTolerance * Math.Abs(coef[j])))
                {
                    flagged.Add(x.ColumnNames[j]);
                }
            }

            if (flagged.Count > 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "monotone-likelihood",
                    $"Loglik converged before variable(s) {string.Join(", ", flagged)}; coefficient may be infinite (monotone likelihood / separation). Their estimates, SEs and Wald tests are not meaningful; use the likelihood-ratio test or a penalised (Firth) fit."));
            }
        }
        else
        {
            // When the iterations run out instead, R only says so. A coefficient still climbing while
            // its information vanishes (SE on the standardised scale more than ten times the
            // coefficient) is the signature of monotone likelihood (Heinze & Schemper 2001): name it.
            var diverging = new List<string>();
            for (var j = 0; j < p; j++)
            {
                var seScaled = Math.Sqrt(invScaled[(j * p) + j]);
                if (!double.IsFinite(seScaled) || seScaled > 10 * Math.Max(1, Math.Abs(beta[j])))
                {
                    diverging.Add(x.ColumnNames[j]);
                }
            }

            if (diverging.Count > 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "monotone-likelihood",
                    $"The coefficient(s) of {string.Join(", ", diverging)} diverge: the partial likelihood keeps rising as they grow (monotone likelihood; the covariate separates events from non-events). Their estimates, SEs and Wald tests are not meaningful; use the likelihood-ratio test or a penalised (Firth) fit."));
            }
        }

        if (df < p)
        {
            var names = Enumerable.Range(0, p).Where(j => aliased[j]).Select(j => x.ColumnNames[j]).ToList();
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "aliased",
                string.Create(CultureInfo.InvariantCulture, $"Aliased covariate(s) {string.Join(", ", names)}: a linear combination of earlier columns of the model (or constant within the risk sets), so the coefficient is NA as in R's coxph and the other {df} are fitted; the tests have {df} df. Drop {(names.Count == 1 ? "it" : "them")} or reorder the columns to estimate {(names.Count == 1 ? "it" : "them")} instead.")));
        }

        // The kernel is not evaluated again: its final linear predictor becomes the state's, and the
        // pooled sorted covariates go back to the pool.
        d.ReleaseScratch();
        var eta = kernel.Eta;
        var strataLabels = sample.Strata is null ? null : Enumerable.Range(0, d.StratumStart.Length - 1).Select(s => sample.Strata.LabelAt(d.Order[d.StratumStart[s]])).ToArray();
        var state = new CoxFitState
        {
            Data = d,
            Efron = efron,
            Beta = coef,
            Eta = eta,
            NaiveVar = naiveVar,
            StrataLabels = strataLabels,
            Aliased = aliased,
            Reduced = df < p ? new Lazy<CoxResult>(() => Fit(sample, x.SelectColumns(keep), options)) : null,
        };

        var robust = ResolveRobust(options, d, diagnostics);
        int[]? clusterOfSorted = null;
        double[] variance = naiveVar;
        CoxTest? robustScore = null;
        if (robust)
        {
            clusterOfSorted = ClusterCodes(options.Cluster ?? options.Id, options.Cluster is null && options.Id is not null ? "Id" : "Cluster", d);
            var nClusters = clusterOfSorted.Max() + 1;
            var resid = new double[d.N * p];
            CoxResidualKernel.Compute(d, state.Table, eta, null, resid);
            var dfb = new double[nClusters * p];
            for (var k = 0; k < d.N; k++)
            {
                var c = clusterOfSorted[k];
                for (var j = 0; j < p; j++)
                {
                    var v = 0.0;
                    for (var l = 0; l < p; l++)
                    {
                        v += resid[(k * p) + l] * naiveVar[(l * p) + j];
                    }

                    dfb[(c * p) + j] += d.Weight[k] * v;
                }
            }

            variance = CrossProduct(dfb, nClusters, p);

            // Robust score test: score residuals at beta = 0, collapsed by cluster.
            var zeroRisk = (double[])d.Weight.Clone();
            var zeroEta = new double[d.N];
            var tab0 = CoxHazardTable.Build(d, zeroRisk, efron);
            CoxResidualKernel.Compute(d, tab0, zeroEta, null, resid);
            var sc = new double[nClusters * p];
            var usum = new double[p];
            for (var k = 0; k < d.N; k++)
            {
                for (var j = 0; j < p; j++)
                {
                    var v = d.Weight[k] * resid[(k * p) + j];
                    sc[(clusterOfSorted[k] * p) + j] += v;
                    usum[j] += v;
                }
            }

            var rs = CoxLinearAlgebra.QuadraticSolve(CrossProduct(sc, nClusters, p), p, usum, tol);
            robustScore = new CoxTest(rs, df, ChiSquareUpper(rs, df));
        }

        var z = Normal.InvCDF(0, 1, 1 - ((1 - options.ConfidenceLevel) / 2));
        var table = ImmutableArray.CreateBuilder<CoxCoefficient>(p);
        for (var j = 0; j < p; j++)
        {
            if (aliased[j])
            {
                table.Add(new CoxCoefficient(x.ColumnNames[j], double.NaN, double.NaN, robust ? double.NaN : null, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, IsAliased: true));
                continue;
            }

            var se = Math.Sqrt(naiveVar[(j * p) + j]);
            double? rse = robust ? Math.Sqrt(variance[(j * p) + j]) : null;
            var seUsed = rse ?? se;
            var zz = coef[j] / seUsed;
            table.Add(new CoxCoefficient(x.ColumnNames[j], coef[j], se, rse, Math.Exp(coef[j]),
                Math.Exp(coef[j] - (z * seUsed)), Math.Exp(coef[j] + (z * seUsed)), zz, TwoSidedNormalP(zz)));
        }

        // coxph: coxph.wtest(var[nabeta, nabeta], coef[nabeta], toler.chol).
        var subVar = new double[df * df];
        var subCoef = new double[df];
        for (var a = 0; a < df; a++)
        {
            subCoef[a] = coef[keep[a]];
            for (var b = 0; b < df; b++)
            {
                subVar[(a * df) + b] = variance[(keep[a] * p) + keep[b]];
            }
        }

        var wald = CoxLinearAlgebra.QuadraticSolve(subVar, df, subCoef, tol);
        var lr = 2 * (loglik - loglik0);
        // coxph passes its cluster vector to concordancefit whether or not the variance is robust: with
        // robust = FALSE the cluster() term is ignored for the variance only, and the concordance SE is
        // still grouped by it (survival 3.5-3). Without a cluster, a robust fit groups by id or by row.
        var concordanceClusters = clusterOfSorted ?? (options.Cluster is null ? null : ClusterCodes(options.Cluster, "Cluster", d));
        var concordance = d.Start is null ? CoxConcordanceKernel.Compute(d, eta, concordanceClusters) : StartStopConcordance.Compute(d, eta, concordanceClusters);
        return new CoxResult
        {
            Coefficients = table.MoveToImmutable(),
            N = d.N,
            Events = d.EventCount,
            Ties = options.Ties,
            Iterations = iter,
            Converged = converged,
            LogLikNull = loglik0,
            LogLik = loglik,
            LikelihoodRatio = new CoxTest(lr, df, ChiSquareUpper(lr, df)),
            Wald = new CoxTest(wald, df, ChiSquareUpper(wald, df)),
            Score = new CoxTest(scoreTest, df, ChiSquareUpper(scoreTest, df)),
            RobustScore = robustScore,
            Concordance = concordance,
            Means = [.. d.Means],
            Variance = ToRows(variance, p),
            NaiveVariance = robust ? ToRows(naiveVar, p) : null,
            IsRobust = robust,
            ConfidenceLevel = options.ConfidenceLevel,
            Terms = x.Terms,
            Diagnostics = diagnostics.ToImmutable(),
            State = state,
        };
    }

    internal static double ChiSquareUpper(double x, int df) =>
        double.IsNaN(x) ? double.NaN : x <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);

    internal static double TwoSidedNormalP(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    internal static ImmutableArray<ImmutableArray<double>> ToRows(double[] m, int p)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<double>>(p);
        for (var j = 0; j < p; j++)
        {
            rows.Add(ImmutableArray.Create(m, j * p, p));
        }

        return rows.MoveToImmutable();
    }

    private static double[] CrossProduct(double[] rows, int n, int p)
    {
        var m = new double[p * p];
        for (var c = 0; c < n; c++)
        {
            for (var j = 0; j < p; j++)
            {
                for (var k = 0; k < p; k++)
                {
                    m[(j * p) + k] += rows[(c * p) + j] * rows[(c * p) + k];
                }
            }
        }

        return m;
    }

    /// <summary>R coxph's rule for <c>robust</c> (survival 3.5-3): explicit value, else cluster, non-integer weights or an id with several events.</summary>
    private static bool ResolveRobust(CoxOptions options, CoxData d, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (options.Id is not null && options.Id.Count != d.N)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Id has {options.Id.Count} labels but the sample has {d.N} rows: give one subject id per row."), nameof(options));
        }

        if (options.Robust is bool explicitRobust)
        {
            if (!explicitRobust && options.Cluster is not null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "cluster-ignored", "Cluster was given with Robust = false: the model-based variance is reported and the cluster is ignored for it (R: \"cluster specified with robust=FALSE, cluster ignored\"); the concordance SE is still grouped by the cluster, as R's coxph does."));
            }

            if (explicitRobust && d.Start is not null && options.Cluster is null && options.Id is null)
            {
                throw new ArgumentException("Robust = true on (start, stop] data needs a grouping: give Id (the subject of each row) or Cluster, as R's coxph requires (\"one of cluster or id is needed\").", nameof(options));
            }

            return explicitRobust;
        }

        if (options.Cluster is not null)
        {
            return true;
        }

        foreach (var w in d.Weight)
        {
            if (w != Math.Floor(w))
            {
                return true;
            }
        }

        if (options.Id is not null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < d.N; k++)
            {
                if (d.Status[k] != 0 && options.Id[d.Order[k]] is { } label && !seen.Add(label))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int[] ClusterCodes(IReadOnlyList<string>? cluster, string name, CoxData d)
    {
        var codes = new int[d.N];
        if (cluster is null)
        {
            for (var k = 0; k < d.N; k++)
            {
                codes[k] = d.Order[k];
            }

            return codes;
        }

        if (cluster.Count != d.N)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} has {cluster.Count} labels but the sample has {d.N} rows: give one label per row."), name);
        }

        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < d.N; k++)
        {
            var label = cluster[d.Order[k]] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name}[{d.Order[k]}] is missing: every row needs a label."), name);
            if (!map.TryGetValue(label, out var c))
            {
                c = map.Count;
                map[label] = c;
            }

            codes[k] = c;
        }

        return codes;
    }
}
