namespace OutcomesLab.Outcomes;

/// <summary>SF-12 v1 summary scores of one respondent (norm-based: US general population mean 50, SD 10).</summary>
/// <param name="Pcs">Physical component summary (PCS-12), or null when any of the 12 items is missing.</param>
/// <param name="Mcs">Mental component summary (MCS-12), or null when any of the 12 items is missing.</param>
/// <param name="Missing">Number of missing items.</param>
public sealed record Sf12Result(double? Pcs, double? Mcs, int Missing);
