namespace OutcomesLab.EffectSizes;

/// <summary>Stable kebab-case names of <see cref="EffectMeasure"/> values, as used by the CLI's <c>--measure</c> and JSON output.</summary>
public static class EffectMeasureNames
{
    /// <summary>The kebab-case key of <paramref name="measure"/>, e.g. <c>hedges-g</c>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The key.</returns>
    public static string Key(EffectMeasure measure) => measure switch
    {
        EffectMeasure.MeanDifference => "mean-difference",
        EffectMeasure.CohensD => "cohens-d",
        EffectMeasure.HedgesG => "hedges-g",
        EffectMeasure.GlassDelta => "glass-delta",
        EffectMeasure.CohensDUnpooled => "cohens-d-unpooled",
        EffectMeasure.PairedDz => "cohens-dz",
        EffectMeasure.PairedHedgesG => "hedges-g-paired",
        EffectMeasure.PairedDav => "cohens-dav",
        EffectMeasure.PairedDrm => "cohens-drm",
        EffectMeasure.RankBiserial => "rank-biserial",
        EffectMeasure.CliffsDelta => "cliffs-delta",
        EffectMeasure.PairedRankBiserial => "rank-biserial-paired",
        EffectMeasure.OddsRatio => "odds-ratio",
        EffectMeasure.RiskRatio => "risk-ratio",
        EffectMeasure.RiskDifference => "risk-difference",
        EffectMeasure.NumberNeededToTreat => "nnt",
        EffectMeasure.HazardRatio => "hazard-ratio",
        EffectMeasure.RmstDifference => "rmst-difference",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown effect measure."),
    };

    /// <summary>Parses a key produced by <see cref="Key"/> (ordinal, case-insensitive).</summary>
    /// <param name="key">The key.</param>
    /// <param name="measure">The measure when found.</param>
    /// <returns>True when <paramref name="key"/> names a measure.</returns>
    public static bool TryParse(string key, out EffectMeasure measure)
    {
        foreach (var m in Enum.GetValues<EffectMeasure>())
        {
            if (string.Equals(Key(m), key, StringComparison.OrdinalIgnoreCase))
            {
                measure = m;
                return true;
            }
        }

        measure = default;
        return false;
    }
}
