namespace OutcomesLab.Inference;

/// <summary>Multiple-comparison adjustment of p-values, as R's <c>p.adjust(p, method=)</c>.</summary>
public enum PAdjustMethod
{
    /// <summary>No adjustment (R <c>"none"</c>).</summary>
    None,

    /// <summary>Holm (1979) step-down (R <c>"holm"</c>, R's default).</summary>
    Holm,

    /// <summary>Hochberg (1988) step-up (R <c>"hochberg"</c>).</summary>
    Hochberg,

    /// <summary>Hommel (1988) (R <c>"hommel"</c>).</summary>
    Hommel,

    /// <summary>Bonferroni: min(1, n·p) (R <c>"bonferroni"</c>).</summary>
    Bonferroni,

    /// <summary>Benjamini–Hochberg false discovery rate (R <c>"BH"</c> = <c>"fdr"</c>).</summary>
    BenjaminiHochberg,

    /// <summary>Benjamini–Yekutieli false discovery rate under dependence (R <c>"BY"</c>).</summary>
    BenjaminiYekutieli,
}
