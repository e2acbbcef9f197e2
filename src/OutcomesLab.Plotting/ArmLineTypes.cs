namespace OutcomesLab.Plotting;

/// <summary>Whether the curves of a step figure also differ by line type, so that arms stay apart in greyscale print.</summary>
public enum ArmLineTypes
{
    /// <summary>Curve k takes the k-th of solid, dashed, dotted, densely dashed (then again): arms differ by colour and line type (survminer <c>linetype = "strata"</c>).</summary>
    Varied,

    /// <summary>Every curve solid: arms differ by colour only.</summary>
    Solid,
}
