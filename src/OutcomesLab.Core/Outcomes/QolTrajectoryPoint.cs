namespace OutcomesLab.Outcomes;

/// <summary>
/// One group's summary at one visit: mean with a t-based confidence interval,
/// mean ± t<sub>n−1, 1−α/2</sub>·SD/√n (Student 1908; e.g. Altman DG, <i>Practical Statistics for Medical Research</i>, 1991, §9.5).
/// </summary>
/// <param name="Group">The group.</param>
/// <param name="VisitIndex">Zero-based visit index.</param>
/// <param name="Visit">The visit label.</param>
/// <param name="Time">The visit time (or index + 1 when none was given).</param>
/// <param name="N">Non-missing values.</param>
/// <param name="Mean">Mean (NaN when <paramref name="N"/> is 0).</param>
/// <param name="SD">Sample standard deviation (n − 1 divisor; NaN when <paramref name="N"/> &lt; 2).</param>
/// <param name="SE">Standard error SD/√n.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
public sealed record QolTrajectoryPoint(string Group, int VisitIndex, string Visit, double Time, int N, double Mean, double SD, double SE, double Lower, double Upper);
