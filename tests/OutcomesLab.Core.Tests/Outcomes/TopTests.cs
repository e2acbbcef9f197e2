using OutcomesLab.Outcomes;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>Treatment Outcomes Profile: validation, summary and direction of change.</summary>
public sealed class TopTests
{
    private static double?[] Record(params (string Item, double Value)[] values)
    {
        var r = new double?[TreatmentOutcomesProfile.Items.Length];
        foreach (var (item, value) in values)
        {
            r[TreatmentOutcomesProfile.Items.Select(i => i.Name).ToList().IndexOf(item)] = value;
        }

        return r;
    }

    [Fact]
    public void Summary_and_change()
    {
        var start = Record(("opiates_days", 28), ("crack_days", 10), ("psychological_health", 6), ("acute_housing_problem", 1));
        var sixMonths = Record(("opiates_days", 2), ("crack_days", 0), ("psychological_health", 12), ("acute_housing_problem", 0));
        var s = TreatmentOutcomesProfile.Summarise(start);
        Assert.Equal(28, s.MaxSubstanceUseDays);
        Assert.Equal(2, s.SubstancesUsed);
        var change = TreatmentOutcomesProfile.Change(start, sixMonths).ToDictionary(c => c.Item.Name);
        Assert.Equal(-26, change["opiates_days"].Change);
        Assert.True(change["opiates_days"].Improved);
        Assert.True(change["psychological_health"].Improved);
        Assert.True(change["acute_housing_problem"].Improved);
        Assert.Null(change["alcohol_days"].Improved);
    }

    [Fact]
    public void Out_of_range_names_the_item()
    {
        var ex = Assert.Throws<ArgumentException>(() => TreatmentOutcomesProfile.Summarise(Record(("opiates_days", 29))));
        Assert.Contains("\"opiates_days\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("0 to 28", ex.Message, StringComparison.Ordinal);
    }
}
