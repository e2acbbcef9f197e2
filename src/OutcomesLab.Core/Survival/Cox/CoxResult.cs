using System.Collections.Immutable;

namespace OutcomesLab.Survival.Cox;

/// <summary>
/// A fitted Cox proportional-hazards model (R survival's <c>coxph</c> object together with
/// <c>summary.coxph</c>). Obtain it from <see cref="CoxRegression.Fit"/>; pass it to
/// <see cref="CoxPredictions.Residuals"/>, 
/// <see cref="CoxPredictions.PredictSurvival"/> and <see cref="CoxProportionalHazardsTest.Test"/>.
/// </summary>
/// <remarks>Method: Therneau &amp; Grambsch (2000), <i>Modeling Survival Data: Extending the Cox Model</i>, ch. 3;
/// R survival 3.5-3 <c>coxph.fit</c> / <c>agreg.fit</c>.</remarks>
public sealed record CoxResult
{
    /// <summary>Per-column coefficient table, in design-matrix column order.</summary>
    public required ImmutableArray<CoxCoefficient> Coefficients { get; init; }

    /// <summary>Number of rows used (R <c>fit$n</c>).</summary>
    public required int N { get; init; }

    /// <summary>Number of events (R <c>fit$nevent</c>, unweighted).</summary>
    public required int Events { get; init; }

    /// <summary>Tie method used.</summary>
    public required TieMethod Ties { get; init; }

    /// <summary>Newton–Raphson iterations, counted as R's <c>fit$iter</c>.</summary>
    public required int Iterations { get; init; }

    /// <summary>True when the log-likelihood converged within <see cref="CoxOptions.MaxIterations"/>.</summary>
    public required bool Converged { get; init; }

    /// <summary>Partial log-likelihood at beta = 0 (R <c>fit$loglik[1]</c>).</summary>
    public required double LogLikNull { get; init; }

    /// <summary>Partial log-likelihood at the estimate (R <c>fit$loglik[2]</c>).</summary>
    public required double LogLik { get; init; }

    /// <summary>Likelihood-ratio test 2(loglik - loglik_null).</summary>
    public required CoxTest LikelihoodRatio { get; init; }

    /// <summary>Wald test beta' V^-1 beta (robust V when robust); unrounded (R <c>fit$wald.test</c>).</summary>
    public required CoxTest Wald { get; init; }

    /// <summary>Score (log-rank) test at beta = 0 (R <c>fit$score</c>).</summary>
    public required CoxTest Score { get; init; }

    /// <summary>Robust score test (R <c>fit$rscore</c>); null unless robust.</summary>
    public required CoxTest? RobustScore { get; init; }

    /// <summary>Concordance of the linear predictor with its infinitesimal-jackknife SE.</summary>
    public required CoxConcordance Concordance { get; init; }

    /// <summary>Centering values (R <c>fit$means</c>): weighted column means; 0 for columns whose values are all in {-1, 0, 1}.</summary>
    public required ImmutableArray<double> Means { get; init; }

    /// <summary>Variance matrix of beta (R <c>fit$var</c>; the robust one when robust), row-major rows.</summary>
    public required ImmutableArray<ImmutableArray<double>> Variance { get; init; }

    /// <summary>Model-based variance (R <c>fit$naive.var</c>) when robust, otherwise null.</summary>
    public required ImmutableArray<ImmutableArray<double>>? NaiveVariance { get; init; }

    /// <summary>True when the sandwich variance is used.</summary>
    public required bool IsRobust { get; init; }

    /// <summary>Confidence level of the hazard-ratio intervals.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>Design-matrix terms (for per-term tests), as R's <c>assign</c>.</summary>
    public required ImmutableArray<Design.DesignTerm> Terms { get; init; }

    /// <summary>Caveats: non-convergence, possibly infinite coefficients (monotone likelihood), merged times.</summary>
    public required ImmutableArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>The sorted, centred data and the fitted linear predictor, kept for residuals, curves and the PH test.</summary>
    internal CoxFitState State { get; init; } = null!;
}
