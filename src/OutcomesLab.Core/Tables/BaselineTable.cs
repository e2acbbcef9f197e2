using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.EffectSizes;
using OutcomesLab.Inference;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Tables;

/// <summary>
/// Table 1 of a trial or cohort paper: baseline characteristics by arm and overall, as R tableone's
/// <c>CreateTableOne(vars, strata, factorVars, smd = TRUE)</c>. Continuous variables: n, missing,
/// mean (SD), median [Q1, Q3] (type-7 quantiles), min and max; categorical: n (%) per level with
/// the percentage of the non-missing values. Standardised differences: Austin (2009) and Yang &amp;
/// Dalton (2012) (see <see cref="StandardizedDifference"/>), each arm vs the first and the mean over
/// all pairs (tableone's SMD). Optional tests as tableone: one-way ANOVA (R <c>oneway.test(var.equal
/// = TRUE)</c>), Kruskal–Wallis (<c>kruskal.test</c>) for non-normal variables, Pearson's chi-square
/// (<c>chisq.test</c>, Yates for 2×2) or Fisher's exact test (<c>fisher.test</c>, 2×2 only).
/// </summary>
public static class BaselineTable
{
    /// <summary>Builds the table.</summary>
    /// <param name="groups">The arm of every subject; subjects with a null arm are left out (counted in a diagnostic).</param>
    /// <param name="variables">The variables, each with one value per subject.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">Lengths differ, fewer than two arms, an unknown or unused arm in <see cref="BaselineTableOptions.GroupLevels"/>, or Fisher's test asked for a table that is not 2×2.</exception>
    public static BaselineTableResult Build(IReadOnlyList<string?> groups, IReadOnlyList<BaselineVariable> variables, BaselineTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(variables);
        options ??= BaselineTableOptions.Default;
        foreach (var v in variables)
        {
            if (v.Count != groups.Count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Variable {v.Name} has {v.Count} values but there are {groups.Count} subjects; give one value per subject."), nameof(variables));
            }
        }

        var arms = ArmOrder(groups, options.GroupLevels);
        var armIndex = arms.Select((a, i) => (a, i)).ToDictionary(t => t.a, t => t.i, StringComparer.Ordinal);
        var rowArm = groups.Select(g => g is null ? -1 : armIndex[g]).ToArray();
        var k = arms.Length;
        var armCounts = new int[k];
        foreach (var a in rowArm.Where(a => a >= 0))
        {
            armCounts[a]++;
        }

        var excluded = rowArm.Count(a => a < 0);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (excluded > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "missing-group", string.Create(CultureInfo.InvariantCulture, $"{excluded} subject(s) with a missing arm were left out of the table.")));
        }

        var summaries = variables.Select(v => v.Kind == BaselineVariableKind.Continuous
            ? ContinuousBlock(v, rowArm, arms, options, diagnostics)
            : CategoricalBlock(v, rowArm, arms, options, diagnostics)).ToImmutableArray();
        return new BaselineTableResult(arms, [.. armCounts], armCounts.Sum(), excluded, summaries, diagnostics.ToImmutable());
    }

    private static ImmutableArray<string> ArmOrder(IReadOnlyList<string?> groups, IReadOnlyList<string>? given)
    {
        var seen = groups.Where(g => g is not null).Select(g => g!).Distinct(StringComparer.Ordinal).ToList();
        if (given is not null)
        {
            var unknown = seen.Where(s => !given.Contains(s, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0 || given.Distinct(StringComparer.Ordinal).Count() != given.Count)
            {
                throw new ArgumentException($"GroupLevels ({string.Join(", ", given)}) must list every arm once; missing: {string.Join(", ", unknown)}.", nameof(given));
            }

            seen = [.. given];
        }

        if (seen.Count < 2)
        {
            throw new ArgumentException($"A Table 1 by arm needs at least two arms; found {seen.Count} ({string.Join(", ", seen)}).", nameof(groups));
        }

        return [.. seen];
    }

    private static BaselineVariableSummary ContinuousBlock(BaselineVariable v, int[] rowArm, ImmutableArray<string> arms, BaselineTableOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var k = arms.Length;
        var byArm = Enumerable.Range(0, k).Select(_ => new List<double>()).ToArray();
        var all = new List<double>();
        for (var i = 0; i < rowArm.Length; i++)
        {
            if (rowArm[i] >= 0)
            {
                byArm[rowArm[i]].Add(v.Values[i]);
                all.Add(v.Values[i]);
            }
        }

        var stats = byArm.Select(Describe).ToImmutableArray();
        var overall = Describe(all);
        for (var a = 0; a < k; a++)
        {
            if (stats[a].N == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "arm-all-missing", $"{v.Name}: every value in arm {arms[a]} is missing."));
            }
        }

        var (vsFirst, mean) = Smds(k, (a, b) => StandardizedDifference.Continuous(byArm[a], byArm[b]));
        if (mean is null)
        {
            var zeroVariance = byArm.All(g => g.Count(x => !double.IsNaN(x)) < 2 || StandardizedDifference.MeanVariance([.. g.Where(x => !double.IsNaN(x))]).Variance == 0);
            diagnostics.Add(zeroVariance
                ? new Diagnostic(DiagnosticSeverity.Warning, "zero-variance", $"{v.Name}: the SMD is undefined (a pair of arms with zero variance in both); reported as NA.")
                : new Diagnostic(DiagnosticSeverity.Warning, "smd-undefined", $"{v.Name}: the SMD is undefined for a pair of arms (an arm with fewer than two values or zero variance in both); reported as NA."));
        }

        HypothesisTestResult? test = null;
        if (options.PValues)
        {
            test = TryTest(v.Name, diagnostics, () => v.NonNormal ? KruskalWallisTest.Compute(byArm) : OneWayAnova.Compute(byArm));
        }

        return new BaselineVariableSummary(
            v.Name, BaselineVariableKind.Continuous, v.NonNormal, stats, overall, [],
            [.. stats.Select(s => s.N)], [.. stats.Select(s => s.Missing)], overall.N, overall.Missing, vsFirst, mean, test);
    }

    private static BaselineVariableSummary CategoricalBlock(BaselineVariable v, int[] rowArm, ImmutableArray<string> arms, BaselineTableOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var k = arms.Length;
        var levelIndex = v.Levels.Select((l, i) => (l, i)).ToDictionary(t => t.l, t => t.i, StringComparer.Ordinal);
        var counts = v.Levels.Select(_ => new int[k]).ToArray();
        var missing = new int[k];
        for (var i = 0; i < rowArm.Length; i++)
        {
            if (rowArm[i] < 0)
            {
                continue;
            }

            if (v.Categories[i] is { } c)
            {
                counts[levelIndex[c]][rowArm[i]]++;
            }
            else
            {
                missing[rowArm[i]]++;
            }
        }

        var nonMissing = Enumerable.Range(0, k).Select(a => counts.Sum(r => r[a])).ToArray();
        var overallNonMissing = nonMissing.Sum();
        static double Percent(int n, int d) => d == 0 ? double.NaN : 100.0 * n / d;
        var levels = v.Levels.Select((l, i) => new BaselineLevelCounts(
            l,
            [.. counts[i]],
            counts[i].Sum(),
            [.. counts[i].Select((n, a) => Percent(n, nonMissing[a]))],
            Percent(counts[i].Sum(), overallNonMissing),
            v.ShowOnlyLevel is null || string.Equals(v.ShowOnlyLevel, l, StringComparison.Ordinal))).ToImmutableArray();

        for (var a = 0; a < k; a++)
        {
            if (nonMissing[a] == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "arm-all-missing", $"{v.Name}: every value in arm {arms[a]} is missing."));
            }
        }

        foreach (var level in levels)
        {
            var present = level.Counts.Count(n => n > 0);
            if (present == 1)
            {
                var arm = arms[level.Counts.IndexOf(level.Counts.First(n => n > 0))];
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "level-in-one-arm", $"{v.Name}: level \"{level.Level}\" occurs in arm {arm} only."));
            }
        }

        ImmutableArray<double?> vsFirst = [];
        double? mean = null;
        if (v.Levels.Length >= 2)
        {
            (vsFirst, mean) = Smds(k, (a, b) => StandardizedDifference.Categorical([.. counts.Select(r => r[a])], [.. counts.Select(r => r[b])]));
        }
        else
        {
            vsFirst = [.. Enumerable.Repeat<double?>(null, k - 1)];
        }

        if (mean is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "zero-variance", $"{v.Name}: the SMD is undefined (one level only, or an arm without values); reported as NA."));
        }

        HypothesisTestResult? test = null;
        if (options.PValues)
        {
            var table = counts.Select(r => (IReadOnlyList<int>)r).ToList();
            test = TryTest(v.Name, diagnostics, () => v.ExactTest ? Fisher(v.Name, table) : ChiSquareTest.Compute(table, options.ContinuityCorrection));
        }

        return new BaselineVariableSummary(
            v.Name, BaselineVariableKind.Categorical, false, [], null, levels,
            [.. nonMissing], [.. missing], overallNonMissing, missing.Sum(), vsFirst, mean, test);
    }

    private static HypothesisTestResult Fisher(string name, List<IReadOnlyList<int>> table)
    {
        var rows = table.Where(r => r.Sum() > 0).ToList();
        var cols = Enumerable.Range(0, table.Count == 0 ? 0 : table[0].Count).Where(j => table.Sum(r => r[j]) > 0).ToList();
        if (rows.Count != 2 || cols.Count != 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name}: Fisher's exact test is implemented for 2x2 tables only; this one is {rows.Count}x{cols.Count} (non-empty levels x arms). Use the chi-square test for it."), nameof(table));
        }

        var f = FisherExactTest.Compute(new TwoByTwoTable(rows[0][cols[0]], rows[0][cols[1]], rows[1][cols[0]], rows[1][cols[1]]));
        return new HypothesisTestResult("Fisher's exact test, R fisher.test", double.NaN, double.NaN, f.PValue, []);
    }

    private static HypothesisTestResult? TryTest(string name, ImmutableArray<Diagnostic>.Builder diagnostics, Func<HypothesisTestResult> run)
    {
        HypothesisTestResult test;
        try
        {
            test = run();
        }
        catch (ArgumentException ex) when (ex.ParamName is "groups" or "counts")
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "test-not-computed", $"{name}: no p-value ({ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]})."));
            return null;
        }

        foreach (var d in test.Diagnostics)
        {
            diagnostics.Add(d with { Message = $"{name}: {d.Message}" });
        }

        return test;
    }

    private static (ImmutableArray<double?> VersusFirst, double? Mean) Smds(int k, Func<int, int, double?> smd)
    {
        var vsFirst = Enumerable.Range(1, k - 1).Select(b => smd(0, b)).ToImmutableArray();
        var pairs = new List<double?>();
        for (var a = 0; a < k; a++)
        {
            for (var b = a + 1; b < k; b++)
            {
                pairs.Add(a == 0 ? vsFirst[b - 1] : smd(a, b));
            }
        }

        return (vsFirst, pairs.Any(p => p is null) ? null : pairs.Average(p => p!.Value));
    }

    private static BaselineContinuousStatistics Describe(List<double> values)
    {
        var x = values.Where(v => !double.IsNaN(v)).ToList();
        var missing = values.Count - x.Count;
        if (x.Count == 0)
        {
            return new BaselineContinuousStatistics(0, missing, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        x.Sort();
        var (mean, variance) = StandardizedDifference.MeanVariance(x);
        return new BaselineContinuousStatistics(
            x.Count,
            missing,
            mean,
            Math.Sqrt(variance),
            DistributionSummary.Quantile(x, 0.5),
            DistributionSummary.Quantile(x, 0.25),
            DistributionSummary.Quantile(x, 0.75),
            x[0],
            x[^1]);
    }
}
