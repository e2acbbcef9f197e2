using CsCheck;

namespace OutcomesLab.Core.Tests.Properties;

/// <summary>Generators of random small cohorts for the property tests.</summary>
internal static class CohortGen
{
    /// <summary>Times on a coarse grid (many ties, some zeros) scaled by a random unit.</summary>
    public static Gen<PropertyCohort> Cohort(int minSize = 2, int maxSize = 30, int maxGroups = 4) =>
        from n in Gen.Int[minSize, maxSize]
        from groupCount in Gen.Int[1, maxGroups]
        from unit in Gen.OneOf(1.0, 0.5, 7.0, 30.0)
        from ticks in Gen.Int[0, 12].Array[n]
        from events in Gen.Bool.Array[n]
        from causes in Gen.Int[1, 2].Array[n]
        from groups in Gen.Int[0, groupCount - 1].Array[n]
        from strata in Gen.Int[0, 1].Array[n]
        from weights in Gen.Int[1, 4].Array[n]
        from x in Gen.Int[-20, 20].Array[n]
        from z in Gen.Int[0, 1].Array[n]
        select new PropertyCohort(
            [.. ticks.Select(t => t * unit)],
            events,
            [.. causes.Select((c, i) => events[i] ? c : 0)],
            [.. groups.Select(g => "g" + g.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [.. strata.Select(s => s == 0 ? "s0" : "s1")],
            [.. weights.Select(w => w * 0.5)],
            [.. x.Select(v => v / 4.0)],
            [.. z.Select(v => (double)v)]);

    /// <summary>A random permutation of 0..n−1.</summary>
    public static Gen<int[]> Permutation(int n) =>
        Gen.Int.Array[n].Select(keys => Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i).ToArray());
}
