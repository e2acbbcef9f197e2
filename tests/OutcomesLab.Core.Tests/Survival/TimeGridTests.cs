using OutcomesLab.Survival;
using Xunit;

namespace OutcomesLab.Core.Tests.Survival;

/// <summary>The default reporting grid x_(⌊(n − 1)p⌋ + 1), checked on hand-counted order statistics.</summary>
public sealed class TimeGridTests
{
    [Fact]
    public void Quartiles_are_observed_order_statistics_by_hand()
    {
        // n = 9, sorted 10..90: (n − 1)p = 2, 4, 6 → the 3rd, 5th and 7th times (R quantile type 7 gives the same, exactly on an observation).
        Assert.Equal([30.0, 50.0, 70.0], TimeGrid.Quartiles([90, 10, 80, 20, 70, 30, 60, 40, 50]));

        // n = 4, sorted 1, 2, 4, 8: (n − 1)p = 0.75, 1.5, 2.25 → floor 0, 1, 2 → 1, 2, 4 (type 7 would interpolate 1.75, 3, 5).
        Assert.Equal([1.0, 2.0, 4.0], TimeGrid.Quartiles([8, 4, 2, 1]));

        // n = 2: floor(0.25), floor(0.5), floor(0.75) are all 0 → one time.
        Assert.Equal([5.0], TimeGrid.Quartiles([7, 5]));

        // Ties collapse: sorted 3, 3, 3, 3, 9 → positions 1, 2, 3 all 3.
        Assert.Equal([3.0], TimeGrid.Quartiles([3, 9, 3, 3, 3]));
        Assert.Equal([1.0, 8.0], TimeGrid.AtProbabilities([8, 4, 2, 1], [0, 1]));
    }

    [Fact]
    public void Invalid_input_names_the_parameter_and_the_first_bad_value()
    {
        Assert.Equal("times", Assert.Throws<ArgumentException>(() => TimeGrid.Quartiles([])).ParamName);
        var nan = Assert.Throws<ArgumentException>(() => TimeGrid.Quartiles([1, double.NaN]));
        Assert.Contains("times[1]", nan.Message, StringComparison.Ordinal);
        var p = Assert.Throws<ArgumentException>(() => TimeGrid.AtProbabilities([1, 2], [0.5, 0.25]));
        Assert.Equal("probabilities", p.ParamName);
        Assert.Contains("probabilities[1]", p.Message, StringComparison.Ordinal);
    }
}
