using CsCheck;
using OutcomesLab.Survival;
using OutcomesLab.Testing;
using OutcomesLab.Testing.Properties;
using Xunit;

namespace OutcomesLab.Core.Tests.Properties;

/// <summary>
/// Oracle: the log-rank statistic (Mantel 1966; R <c>survdiff</c>) is a function of the set of
/// (time, status, group, stratum) rows: it cannot depend on row order, on the names of the groups,
/// or on which group comes first (the quadratic form is invariant to the dropped reference).
/// </summary>
public sealed class LogRankProperties
{
    private static readonly LogRankOptions NoPairwise = new() { ComputePairwise = false };

    [Fact]
    public void Statistic_is_invariant_to_row_order_group_names_and_group_order()
    {
        var gen =
            from cohort in CohortGen.Cohort(minSize: 4, maxGroups: 4)
            from order in CohortGen.Permutation(cohort.Count)
            from stratified in Gen.Bool
            select (cohort, order, stratified);
        PropertySettings.Check(gen, t =>
        {
            var (cohort, order, stratified) = t;
            if (cohort.Groups.Distinct().Count() < 2)
            {
                return;
            }

            var reference = LogRankTest.Compute(Sample(cohort, stratified, null), NoPairwise);

            var shuffled = cohort.Permute(order);
            var relabelled = shuffled with { Groups = [.. shuffled.Groups.Select(g => "arm " + new string([.. g.Reverse()]))] };
            var levels = relabelled.Groups.Distinct().OrderDescending(StringComparer.Ordinal).ToArray();
            var other = LogRankTest.Compute(Sample(relabelled, stratified, levels), NoPairwise);

            Assert.Equal(reference.DegreesOfFreedom, other.DegreesOfFreedom);
            NumericAssert.Close(reference.ChiSquare, other.ChiSquare, rel: 1e-9, abs: 1e-12, what: "chi-square");
            NumericAssert.Close(reference.PValue, other.PValue, rel: 1e-9, abs: 1e-12, what: "p-value");
            NumericAssert.Close(reference.Observed.Sum(), other.Observed.Sum(), rel: 1e-12, what: "total observed");
        });
    }

    private static SurvivalSample Sample(PropertyCohort cohort, bool stratified, string[]? groupLevels) =>
        SurvivalSample.Create(
            cohort.Times,
            cohort.Events,
            cohort.Groups,
            stratified ? cohort.Strata : null,
            options: groupLevels is null ? null : new SurvivalSampleOptions { GroupLevels = groupLevels });
}
