using System.Collections.Immutable;
using OutcomesLab.Design;
using OutcomesLab.Internal;
using Xunit;

namespace OutcomesLab.Core.Tests.Design;

/// <summary>
/// Oracle: R's <c>model.matrix(~ x + g)</c> by hand for a 4-row example (treatment contrasts, first
/// level "a" as reference), and the storage contract: columns may be shared only when they cannot change.
/// </summary>
public sealed class DesignMatrixTests
{
    [Fact]
    public void Row_major_values_and_the_indexer_give_model_matrix_by_hand()
    {
        var design = new DesignMatrixBuilder()
            .AddNumeric("x", ImmutableArray.Create(1.5, 2.0, -1.0, 0.0))
            .AddCategorical("g", ["a", "b", "c", "b"])
            .Build();

        // model.matrix(~ x + g)[, -1]: x, gb, gc.
        double[] expected = [1.5, 0, 0, 2.0, 1, 0, -1.0, 0, 1, 0.0, 1, 0];
        Assert.Equal(["x", "g=b", "g=c"], design.ColumnNames);
        Assert.Equal(expected, design.Values.ToArray());
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(expected[(i * 3) + j], design[i, j]);
            }
        }
    }

    [Fact]
    public void A_mutable_array_is_copied_so_later_changes_do_not_reach_the_matrix()
    {
        double[] values = [1, 2, 3];
        var design = DesignMatrix.FromColumns(["x"], [values]);
        values[1] = 99;
        Assert.Equal([1.0, 2.0, 3.0], design.Values.ToArray());
    }

    [Fact]
    public void Non_finite_values_are_refused_with_their_position()
    {
        var error = Assert.Throws<ArgumentException>(() => new DesignMatrixBuilder().AddNumeric("dose", ImmutableArray.Create(1.0, double.NaN)));
        Assert.Contains("dose[1] is NaN", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(3_000_000)]
    public void Large_arrays_are_zeroed_and_usable_with_the_huge_page_hint(int length)
    {
        var array = LargeArrays.Allocate<double>(length);
        Assert.Equal(length, array.Length);
        Assert.All(array, v => Assert.Equal(0.0, v));
        array[^1] = 1;
        LargeArrays.Advise(array);
        Assert.Equal(1.0, array[^1]);
    }
}
