using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace OutcomesLab.Survival;

/// <summary>
/// The one validated input of every survival method (the analogue of R's <c>Surv()</c> object
/// together with the grouping, <c>strata()</c>, <c>weights</c> and delayed-entry terms of a model
/// formula). Creating it checks every value once; the estimators trust it.
/// </summary>
/// <remarks>
/// <para>Status coding: 0 = censored; 1 = the event of interest; for competing-risks data created
/// with <see cref="CreateCompeting"/>, k &gt;= 1 is cause k.</para>
/// <para>Times closer than <see cref="TimeTieTolerance"/> are merged to the smallest of them, as
/// R survival's <c>aeqSurv</c> does (Therneau, survival package vignette "Roundoff error and tied
/// times"); a <see cref="Diagnostic"/> reports how many values changed.</para>
/// </remarks>
public sealed class SurvivalSample
{
    /// <summary>The relative and absolute tolerance below which two times are one tie: sqrt(machine epsilon), as R's <c>aeqSurv</c>.</summary>
    public static readonly double TimeTieTolerance = Math.Sqrt(Math.Pow(2, -52));

    private SurvivalSample(
        ImmutableArray<double> times,
        ImmutableArray<int> status,
        Factor? groups,
        Factor? strata,
        ImmutableArray<double> weights,
        ImmutableArray<double> entryTimes,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Times = times;
        Status = status;
        Groups = groups;
        Strata = strata;
        Weights = weights;
        EntryTimes = entryTimes;
        Diagnostics = diagnostics;
        var causes = new SortedSet<int>();
        foreach (var s in status)
        {
            if (s > 0)
            {
                causes.Add(s);
            }
        }

        Causes = [.. causes];
    }

    /// <summary>Follow-up (exit) time of each subject, after merging near-equal times.</summary>
    public ImmutableArray<double> Times { get; }

    /// <summary>0 = censored, k &gt;= 1 = event of cause k (1 for ordinary survival data).</summary>
    public ImmutableArray<int> Status { get; }

    /// <summary>The distinct event causes present (just <c>[1]</c> for ordinary survival data with events).</summary>
    public ImmutableArray<int> Causes { get; }

    /// <summary>The comparison groups (arms), or null when the sample is one group.</summary>
    public Factor? Groups { get; }

    /// <summary>Strata with separate baseline hazards (R's <c>strata()</c>), or null.</summary>
    public Factor? Strata { get; }

    /// <summary>Case weights, or empty when every subject has weight 1.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>Delayed-entry (left-truncation) times, or empty when everyone is at risk from time 0.</summary>
    public ImmutableArray<double> EntryTimes { get; }

    /// <summary>Caveats found while validating, e.g. merged near-equal times.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Number of subjects.</summary>
    public int Count => Times.Length;

    /// <summary>True when case weights were supplied.</summary>
    public bool HasWeights => !Weights.IsDefaultOrEmpty;

    /// <summary>True when delayed-entry times were supplied.</summary>
    public bool HasEntryTimes => !EntryTimes.IsDefaultOrEmpty;

    /// <summary>The weight of subject <paramref name="index"/> (1 when unweighted).</summary>
    /// <param name="index">Zero-based subject index.</param>
    public double WeightAt(int index) => HasWeights ? Weights[index] : 1.0;

    /// <summary>
    /// Validates ordinary right-censored (optionally left-truncated) survival data.
    /// </summary>
    /// <param name="times">Follow-up times: finite and non-negative.</param>
    /// <param name="events">True where the event was observed, false where the subject was censored.</param>
    /// <param name="groups">Optional group label per subject (no nulls).</param>
    /// <param name="strata">Optional stratum label per subject (no nulls).</param>
    /// <param name="weights">Optional case weights: finite and non-negative.</param>
    /// <param name="entryTimes">Optional delayed-entry times: finite, non-negative and below the exit time.</param>
    /// <param name="options">Level order of groups and strata; null for the defaults.</param>
    /// <returns>The validated sample.</returns>
    /// <exception cref="ArgumentException">A value is invalid; the message names the parameter, the first offending index, what was expected and how to fix it.</exception>
    public static SurvivalSample Create(
        IReadOnlyList<double> times,
        IReadOnlyList<bool> events,
        IReadOnlyList<string>? groups = null,
        IReadOnlyList<string>? strata = null,
        IReadOnlyList<double>? weights = null,
        IReadOnlyList<double>? entryTimes = null,
        SurvivalSampleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var status = new int[events.Count];
        for (var i = 0; i < status.Length; i++)
        {
            status[i] = events[i] ? 1 : 0;
        }

        return Build(times, status, nameof(events), groups, strata, weights, entryTimes, options);
    }

    /// <summary>
    /// Validates competing-risks data: each subject is censored (cause 0) or ends with one of
    /// several mutually exclusive causes (1, 2, ...), as <c>fstatus</c> in cmprsk's <c>cuminc</c>
    /// with <c>cencode = 0</c>.
    /// </summary>
    /// <param name="times">Follow-up times: finite and non-negative.</param>
    /// <param name="causes">0 for censored, a positive cause code otherwise.</param>
    /// <param name="groups">Optional group label per subject.</param>
    /// <param name="strata">Optional stratum label per subject.</param>
    /// <param name="weights">Optional case weights.</param>
    /// <param name="entryTimes">Optional delayed-entry times.</param>
    /// <param name="options">Level order of groups and strata; null for the defaults.</param>
    /// <returns>The validated sample.</returns>
    /// <exception cref="ArgumentException">A value is invalid (e.g. a negative cause code).</exception>
    public static SurvivalSample CreateCompeting(
        IReadOnlyList<double> times,
        IReadOnlyList<int> causes,
        IReadOnlyList<string>? groups = null,
        IReadOnlyList<string>? strata = null,
        IReadOnlyList<double>? weights = null,
        IReadOnlyList<double>? entryTimes = null,
        SurvivalSampleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(causes);
        var status = new int[causes.Count];
        for (var i = 0; i < status.Length; i++)
        {
            if (causes[i] < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"causes[{i}] is {causes[i]}: expected 0 for censored or a positive cause code (1, 2, ...). Recode the status column so censored is 0."),
                    nameof(causes));
            }

            status[i] = causes[i];
        }

        return Build(times, status, nameof(causes), groups, strata, weights, entryTimes, options);
    }

    /// <summary>Returns the subset of subjects whose <paramref name="keep"/> flag is true, keeping group and strata levels.</summary>
    /// <param name="keep">One flag per subject.</param>
    /// <returns>A new sample; diagnostics are carried over.</returns>
    public SurvivalSample Subset(IReadOnlyList<bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        if (keep.Count != Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"keep has {keep.Count} flags but the sample has {Count} subjects."), nameof(keep));
        }

        var idx = new List<int>();
        for (var i = 0; i < keep.Count; i++)
        {
            if (keep[i])
            {
                idx.Add(i);
            }
        }

        return new SurvivalSample(
            [.. idx.Select(i => Times[i])],
            [.. idx.Select(i => Status[i])],
            Groups?.Subset(idx),
            Strata?.Subset(idx),
            HasWeights ? [.. idx.Select(i => Weights[i])] : [],
            HasEntryTimes ? [.. idx.Select(i => EntryTimes[i])] : [],
            Diagnostics);
    }

    private static SurvivalSample Build(
        IReadOnlyList<double> times,
        int[] status,
        string statusName,
        IReadOnlyList<string>? groups,
        IReadOnlyList<string>? strata,
        IReadOnlyList<double>? weights,
        IReadOnlyList<double>? entryTimes,
        SurvivalSampleOptions? options)
    {
        ArgumentNullException.ThrowIfNull(times);
        var n = times.Count;
        RequireLength(statusName, status.Length, n);
        if (n == 0)
        {
            throw new ArgumentException("times is empty: a survival analysis needs at least one subject.", nameof(times));
        }

        for (var i = 0; i < n; i++)
        {
            var t = times[i];
            if (!double.IsFinite(t) || t < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"times[{i}] is {t.ToString("R", CultureInfo.InvariantCulture)}: expected a finite, non-negative follow-up time. Remove the subject or correct the time."),
                    nameof(times));
            }
        }

        if (weights is not null)
        {
            RequireLength(nameof(weights), weights.Count, n);
            for (var i = 0; i < n; i++)
            {
                if (!double.IsFinite(weights[i]) || weights[i] < 0)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"weights[{i}] is {weights[i].ToString("R", CultureInfo.InvariantCulture)}: expected a finite, non-negative case weight."),
                        nameof(weights));
                }
            }
        }

        if (entryTimes is not null)
        {
            RequireLength(nameof(entryTimes), entryTimes.Count, n);
            for (var i = 0; i < n; i++)
            {
                var e = entryTimes[i];
                if (!double.IsFinite(e) || e < 0 || e >= times[i])
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"entryTimes[{i}] is {e.ToString("R", CultureInfo.InvariantCulture)} with exit time {times[i].ToString("R", CultureInfo.InvariantCulture)}: expected 0 <= entry < exit. A subject cannot leave before entering; check the start and stop columns."),
                        nameof(entryTimes));
                }
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var mergedTimes = new double[n];
        var mergedEntry = entryTimes is null ? null : new double[n];
        var changed = MergeNearTies(times, entryTimes, mergedTimes, mergedEntry);
        if (changed > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Info,
                "merged-times",
                string.Create(CultureInfo.InvariantCulture, $"{changed} time value(s) closer than sqrt(machine epsilon) to a smaller time were merged with it, as R's aeqSurv does.")));
        }

        // The arrays were made here and are never written again: wrap them instead of copying (at a
        // million subjects each copy is megabytes of fresh memory).
        return new SurvivalSample(
            ImmutableCollectionsMarshal.AsImmutableArray(mergedTimes),
            ImmutableCollectionsMarshal.AsImmutableArray(status),
            groups is null ? null : Factor.Create(nameof(groups), groups, n, options?.GroupLevels),
            strata is null ? null : Factor.Create(nameof(strata), strata, n, options?.StrataLevels),
            weights is null ? [] : [.. weights],
            mergedEntry is null ? [] : ImmutableCollectionsMarshal.AsImmutableArray(mergedEntry),
            diagnostics.ToImmutable());
    }

    private static void RequireLength(string name, int actual, int expected)
    {
        if (actual != expected)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{name} has {actual} values but times has {expected}: every subject needs exactly one value."),
                name);
        }
    }

    // Same rule as R's aeqSurv: sorted distinct values y; y[k+1] joins y[k]'s tie group when
    // y[k+1] - y[k] <= tol or (y[k+1] - y[k]) / mean(|y|) < tol; the group takes its smallest value.
    private static int MergeNearTies(IReadOnlyList<double> times, IReadOnlyList<double>? entry, double[] mergedTimes, double[]? mergedEntry)
    {
        var unique = new HashSet<double>();
        for (var i = 0; i < times.Count; i++)
        {
            unique.Add(times[i]);
        }

        for (var i = 0; entry is not null && i < entry.Count; i++)
        {
            unique.Add(entry[i]);
        }

        var distinct = unique.Order().ToArray();
        var meanAbs = distinct.Length == 0 ? 0 : distinct.Average(Math.Abs);
        var replacement = new Dictionary<double, double>();
        var anchor = distinct.Length > 0 ? distinct[0] : 0;
        for (var k = 1; k < distinct.Length; k++)
        {
            var dy = distinct[k] - distinct[k - 1];
            var tied = dy <= TimeTieTolerance || (meanAbs > 0 && dy / meanAbs < TimeTieTolerance);
            if (tied)
            {
                replacement[distinct[k]] = anchor;
            }
            else
            {
                anchor = distinct[k];
            }
        }

        var changed = 0;
        for (var i = 0; i < times.Count; i++)
        {
            mergedTimes[i] = replacement.Count > 0 && replacement.TryGetValue(times[i], out var r) ? r : times[i];
            if (mergedTimes[i] != times[i])
            {
                changed++;
            }
        }

        if (entry is not null && mergedEntry is not null)
        {
            for (var i = 0; i < entry.Count; i++)
            {
                mergedEntry[i] = replacement.TryGetValue(entry[i], out var r) ? r : entry[i];
                if (mergedEntry[i] != entry[i])
                {
                    changed++;
                }
            }
        }

        return changed;
    }
}
