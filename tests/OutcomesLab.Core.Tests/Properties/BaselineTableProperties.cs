using CsCheck;
using OutcomesLab.Tables;
using OutcomesLab.Testing.Properties;
using Xunit;

namespace OutcomesLab.Core.Tests.Properties;

/// <summary>
/// Oracle: bookkeeping of a Table 1 (tableone's <c>CreateTableOne</c>): every subject with an arm
/// is counted once in its arm, and for every variable each arm's level counts plus its missing
/// count equal the arm's size; overall counts are the sums over arms.
/// </summary>
public sealed class BaselineTableProperties
{
    [Fact]
    public void Counts_sum_to_n()
    {
        var gen =
            from n in Gen.Int[4, 40]
            from arms in Gen.Int[2, 4]
            from groups in Gen.Int[-1, arms - 1].Array[n]
            from categories in Gen.Int[-1, 3].Array[n]
            from values in Gen.Int[-1, 50].Array[n]
            select (groups, categories, values);
        PropertySettings.Check(gen, t =>
        {
            var (groupCodes, categoryCodes, valueCodes) = t;
            var groups = groupCodes.Select(g => g < 0 ? null : "arm" + g.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            if (groups.Where(g => g is not null).Distinct().Count() < 2)
            {
                return;
            }

            var variables = new[]
            {
                BaselineVariable.Categorical("cat", [.. categoryCodes.Select(c => c < 0 ? null : "level" + c.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
                BaselineVariable.Continuous("num", [.. valueCodes.Select(v => v < 0 ? double.NaN : v)]),
            };
            var table = BaselineTable.Build(groups, variables);

            Assert.Equal(groups.Length, table.OverallCount + table.ExcludedMissingGroup);
            Assert.Equal(table.OverallCount, table.GroupCounts.Sum());
            Assert.Equal(groups.Count(g => g is null), table.ExcludedMissingGroup);
            foreach (var v in table.Variables)
            {
                for (var a = 0; a < table.Groups.Length; a++)
                {
                    Assert.Equal(table.GroupCounts[a], v.NonMissing[a] + v.Missing[a]);
                    if (v.Kind == BaselineVariableKind.Categorical)
                    {
                        Assert.Equal(v.NonMissing[a], v.Levels.Sum(l => l.Counts[a]));
                    }
                }

                Assert.Equal(table.OverallCount, v.OverallNonMissing + v.OverallMissing);
                Assert.Equal(v.NonMissing.Sum(), v.OverallNonMissing);
                if (v.Kind == BaselineVariableKind.Categorical)
                {
                    Assert.Equal(v.OverallNonMissing, v.Levels.Sum(l => l.OverallCount));
                    Assert.All(v.Levels, l => Assert.Equal(l.Counts.Sum(), l.OverallCount));
                }
            }
        });
    }
}
