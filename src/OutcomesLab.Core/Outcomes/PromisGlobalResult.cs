namespace OutcomesLab.Outcomes;

/// <summary>PROMIS Global Health v1.2 summary scores of one respondent.</summary>
/// <param name="PhysicalRaw">Global Physical Health raw score (4–20), or null when one of its four items is missing.</param>
/// <param name="PhysicalT">Global Physical Health T score (US general population mean 50, SD 10), or null.</param>
/// <param name="MentalRaw">Global Mental Health raw score (4–20), or null when one of its four items is missing.</param>
/// <param name="MentalT">Global Mental Health T score, or null.</param>
public sealed record PromisGlobalResult(int? PhysicalRaw, double? PhysicalT, int? MentalRaw, double? MentalT);
