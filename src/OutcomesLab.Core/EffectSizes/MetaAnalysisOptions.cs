namespace OutcomesLab.EffectSizes;

/// <summary>Options of <see cref="MetaAnalysis.Fit"/>.</summary>
public sealed record MetaAnalysisOptions
{
    /// <summary>The defaults: REML, z test, 95% (metafor's defaults), tight convergence.</summary>
    public static MetaAnalysisOptions Default { get; } = new();

    /// <summary>The model; default <see cref="MetaAnalysisMethod.Reml"/> as metafor.</summary>
    public MetaAnalysisMethod Method { get; init; } = MetaAnalysisMethod.Reml;

    /// <summary>The test; default <see cref="MetaAnalysisTest.Z"/>.</summary>
    public MetaAnalysisTest Test { get; init; } = MetaAnalysisTest.Z;

    /// <summary>Confidence level (metafor <c>level = 95</c>).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>REML convergence threshold on the change in τ² (metafor <c>control = list(threshold = )</c>, whose default 1e-5 is loose; 1e-12 here).</summary>
    public double Tolerance { get; init; } = 1e-12;

    /// <summary>Maximum Fisher-scoring iterations (metafor <c>maxiter</c>).</summary>
    public int MaxIterations { get; init; } = 1000;
}
