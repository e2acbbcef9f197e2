namespace OutcomesLab.EffectSizes;

/// <summary>An effect size converted to another scale, with the conversion and its assumption stated.</summary>
/// <param name="Estimate">Converted point estimate.</param>
/// <param name="Lower">Converted lower limit (NaN when no interval was given).</param>
/// <param name="Upper">Converted upper limit.</param>
/// <param name="Conversion">The formula and its source.</param>
/// <param name="Assumption">What must hold for the conversion to be valid.</param>
public sealed record ConversionResult(double Estimate, double Lower, double Upper, string Conversion, string Assumption);
