namespace OutcomesLab.EffectSizes;

/// <summary>How the pooled estimate is tested and its interval built (metafor <c>rma(test = )</c>).</summary>
public enum MetaAnalysisTest
{
    /// <summary>Wald z test with the model-based SE (metafor <c>test = "z"</c>, the default).</summary>
    Z,

    /// <summary>
    /// Knapp &amp; Hartung (2003) (Hartung &amp; Knapp 2001): t distribution with k − 1 df and the SE
    /// multiplied by sqrt(q), q = Σwᵢ(yᵢ − μ̂)²/(k − 1). The factor q is not truncated at 1, as
    /// metafor 3.8's <c>test = "knha"</c>.
    /// </summary>
    KnappHartung,
}
