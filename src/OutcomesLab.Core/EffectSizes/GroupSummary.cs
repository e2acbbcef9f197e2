using System.Globalization;

namespace OutcomesLab.EffectSizes;

/// <summary>Summary statistics of one group: mean, sample SD (n − 1 denominator) and size.</summary>
/// <param name="Mean">Sample mean.</param>
/// <param name="StandardDeviation">Sample standard deviation with the n − 1 denominator (R <c>sd</c>).</param>
/// <param name="Count">Number of observations.</param>
public sealed record GroupSummary(double Mean, double StandardDeviation, int Count)
{
    /// <summary>Summarises raw values (two-pass mean and variance).</summary>
    /// <param name="values">The observations; must be finite (drop missing values first).</param>
    /// <param name="parameterName">The name reported in error messages.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static GroupSummary FromValues(ReadOnlySpan<double> values, string parameterName = "values")
    {
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{parameterName}[{i}] is {values[i]}: expected a finite number. Remove missing values before computing effect sizes."),
                    parameterName);
            }

            sum += values[i];
        }

        var n = values.Length;
        var mean = n > 0 ? sum / n : double.NaN;
        var ss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var dv = values[i] - mean;
            ss += dv * dv;
        }

        return new GroupSummary(mean, n > 1 ? Math.Sqrt(ss / (n - 1)) : double.NaN, n);
    }

    /// <summary>Sample variance, SD².</summary>
    public double Variance => StandardDeviation * StandardDeviation;
}
