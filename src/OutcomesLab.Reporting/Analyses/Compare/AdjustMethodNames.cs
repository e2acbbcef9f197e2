using OutcomesLab.Inference;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The p-value adjustment method named as R's <c>p.adjust</c> method (compare --adjust and the plan's adjust key).</summary>
internal static class AdjustMethodNames
{
    /// <summary>holm (default), hochberg, hommel, bonferroni, bh/fdr, by or none.</summary>
    public static PAdjustMethod Parse(string text) => text.ToLowerInvariant() switch
    {
        "hochberg" => PAdjustMethod.Hochberg,
        "hommel" => PAdjustMethod.Hommel,
        "bonferroni" => PAdjustMethod.Bonferroni,
        "bh" or "fdr" => PAdjustMethod.BenjaminiHochberg,
        "by" => PAdjustMethod.BenjaminiYekutieli,
        "none" => PAdjustMethod.None,
        _ => PAdjustMethod.Holm,
    };
}
