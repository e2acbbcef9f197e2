using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Change from baseline per group: for each later visit, the follow-up − baseline change of the
/// patients with both values (<see cref="ChangeScores.FromBaseline"/>) summarised as n, mean, SD and
/// t-based CI (<see cref="QolTrajectory"/>; Student, <i>Biometrika</i> 1908;6:1–25); optionally the
/// responders by a minimal important difference (<see cref="ChangeScores.Responders(IReadOnlyList{double?}, double, bool)"/>)
/// and the Jacobson–Truax reliable improvement / no reliable change / deterioration counts
/// (<see cref="ReliableChange"/>; Jacobson NS, Truax P. <i>J Consult Clin Psychol</i> 1991;59:12–19),
/// with S_diff = √2 · SD_baseline · √(1 − r) and SD_baseline the SD of the baseline values over all groups.
/// </summary>
public static class ChangeFromBaseline
{
    /// <summary>Summarises the change from the first visit to each later visit, per group.</summary>
    /// <param name="values">Per subject, one value per visit (the first is the baseline); <see cref="double.NaN"/> marks a missing value.</param>
    /// <param name="visits">Visit labels, at least two.</param>
    /// <param name="groups">Group of each subject, or null for one group named "All".</param>
    /// <param name="options">Confidence level, MID, reliability, direction; null for the defaults.</param>
    /// <returns>The change summaries.</returns>
    /// <exception cref="ArgumentException">Fewer than two visits, lengths that disagree, an infinite value (the first one is named), or options out of range;
    /// with a reliability, a baseline SD that is not positive while some patient has both values.</exception>
    public static ChangeFromBaselineResult Compute(IReadOnlyList<IReadOnlyList<double>> values, IReadOnlyList<string> visits, IReadOnlyList<string>? groups, ChangeFromBaselineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(visits);
        var o = options ?? new ChangeFromBaselineOptions();
        if (visits.Count < 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{visits.Count} visit(s): change from baseline needs the baseline and at least one later visit."), nameof(visits));
        }

        if (groups is not null && groups.Count != values.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{groups.Count} groups for {values.Count} subjects."), nameof(groups));
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Count != visits.Count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Subject {i} has {values[i].Count} values for {visits.Count} visits."), nameof(values));
            }

            for (var v = 0; v < visits.Count; v++)
            {
                if (double.IsInfinity(values[i][v]))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"values[{i}][{v}] is {values[i][v]}; give a finite score or NaN for a missing one."), nameof(values));
                }
            }
        }

        if (o.MinimalImportantDifference is { } mid && (!(mid > 0) || !double.IsFinite(mid)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"MinimalImportantDifference {mid}: expected a positive number."), nameof(options));
        }

        if (o.Reliability is { } rel && !(rel >= 0 && rel < 1))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Reliability {rel}: expected a value in [0, 1)."), nameof(options));
        }

        var baseline = values.Select(s => (double?)(double.IsNaN(s[0]) ? null : s[0])).ToList();
        var baselineSd = QolTrajectory.Compute([.. values.Select(s => (IReadOnlyList<double>)[s[0]])], [visits[0]], null, null, o.ConfidenceLevel).Points[0].SD;
        var summaries = ImmutableArray.CreateBuilder<ChangeFromBaselineGroup>();
        var order = ImmutableArray<string>.Empty;
        for (var t = 1; t < visits.Count; t++)
        {
            var followUp = values.Select(s => (double?)(double.IsNaN(s[t]) ? null : s[t])).ToList();
            var change = ChangeScores.FromBaseline(baseline, followUp);
            var summary = QolTrajectory.Compute([.. change.Select(c => (IReadOnlyList<double>)[c ?? double.NaN])], [visits[t]], [t + 1], groups, o.ConfidenceLevel);
            order = summary.Groups;
            var responders = o.MinimalImportantDifference is { } threshold ? ChangeScores.Responders(change, threshold, o.HigherIsBetter) : default;
            foreach (var p in summary.Points)
            {
                var mine = Enumerable.Range(0, values.Count).Where(i => (groups is null || string.Equals(groups[i], p.Group, StringComparison.Ordinal)) && change[i] is not null).ToList();
                int? yes = responders.IsDefault ? null : mine.Count(i => responders[i] == true);
                int? improved = null, unchanged = null, deteriorated = null;
                if (o.Reliability is { } r)
                {
                    var categories = mine.Select(i => ReliableChange.Classify(values[i][0], values[i][t], baselineSd, r, higherIsBetter: o.HigherIsBetter).Category).ToList();
                    improved = categories.Count(c => c is ReliableChangeCategory.Improved or ReliableChangeCategory.Recovered);
                    unchanged = categories.Count(c => c == ReliableChangeCategory.Unchanged);
                    deteriorated = categories.Count(c => c == ReliableChangeCategory.Deteriorated);
                }

                summaries.Add(new ChangeFromBaselineGroup(p with { VisitIndex = t }, yes, improved, unchanged, deteriorated));
            }
        }

        return new ChangeFromBaselineResult(o, [.. visits], order, baselineSd, summaries.ToImmutable());
    }
}
