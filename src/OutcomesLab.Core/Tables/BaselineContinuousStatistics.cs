namespace OutcomesLab.Tables;

/// <summary>
/// Summary of a continuous variable in one arm (or overall), as R's <c>mean</c>, <c>sd</c>,
/// <c>quantile(type = 7)</c>, <c>min</c> and <c>max</c> on the non-missing values (tableone's
/// <c>summary</c>). Statistics that need more values than there are (SD of one value, anything of
/// none) are NaN (R's NA).
/// </summary>
/// <param name="N">Non-missing values.</param>
/// <param name="Missing">Missing values.</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="StandardDeviation">Sample SD (denominator n − 1).</param>
/// <param name="Median">Median (type-7 quantile 0.5).</param>
/// <param name="FirstQuartile">Type-7 quantile 0.25.</param>
/// <param name="ThirdQuartile">Type-7 quantile 0.75.</param>
/// <param name="Minimum">Smallest value.</param>
/// <param name="Maximum">Largest value.</param>
public sealed record BaselineContinuousStatistics(int N, int Missing, double Mean, double StandardDeviation, double Median, double FirstQuartile, double ThirdQuartile, double Minimum, double Maximum);
