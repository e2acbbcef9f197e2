namespace OutcomesLab.EffectSizes;

/// <summary>The between-study model and τ² estimator of a meta-analysis (metafor <c>rma(method = )</c>).</summary>
public enum MetaAnalysisMethod
{
    /// <summary>Fixed-effect (common-effect) inverse-variance model, τ² = 0 (metafor <c>"FE"</c>).</summary>
    FixedEffect,

    /// <summary>Random effects with the DerSimonian &amp; Laird (1986) moment estimator of τ² (metafor <c>"DL"</c>).</summary>
    DerSimonianLaird,

    /// <summary>Random effects with restricted maximum likelihood τ² by Fisher scoring (Viechtbauer 2005; metafor <c>"REML"</c>, its default).</summary>
    Reml,
}
