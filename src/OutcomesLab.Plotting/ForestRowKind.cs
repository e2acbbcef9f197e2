namespace OutcomesLab.Plotting;

/// <summary>The kind of a forest-plot row, which decides how it is drawn.</summary>
public enum ForestRowKind
{
    /// <summary>A heading (e.g. an outcome domain): bold label, no estimate.</summary>
    Header,

    /// <summary>An estimate with its confidence interval: a square and a line.</summary>
    Estimate,

    /// <summary>A pooled estimate: a diamond spanning the confidence interval.</summary>
    Summary,

    /// <summary>A prediction interval: a thin line with end caps, no point.</summary>
    Prediction,
}
