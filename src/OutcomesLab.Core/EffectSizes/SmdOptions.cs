namespace OutcomesLab.EffectSizes;

/// <summary>Options for standardised mean differences.</summary>
public sealed record SmdOptions
{
    /// <summary>The defaults: 95% noncentral-t intervals, as R's <c>effectsize</c>.</summary>
    public static SmdOptions Default { get; } = new();

    /// <summary>Confidence level in (0, 1) (R <c>ci = 0.95</c>).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Interval method; default <see cref="SmdCiMethod.NoncentralT"/> as effectsize.</summary>
    public SmdCiMethod CiMethod { get; init; } = SmdCiMethod.NoncentralT;
}
