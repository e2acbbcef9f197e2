using System.Globalization;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The report's qol section: the EQ-5D index under a named value set (scored as <c>outcomeslab qol score</c>)
/// and the EQ VAS by arm and time point (mean, SD, t-based CI: <see cref="QolTrajectory"/>), change from the
/// first time point with responders by the minimal important difference (<see cref="ChangeScores"/>) and,
/// given a reliability, the Jacobson–Truax reliable change (<see cref="ReliableChange"/>); EQ-5D profile
/// (<see cref="Eq5dProfileFigure"/>) and trajectory (<see cref="QolTrajectoryFigure"/>) figures.
/// </summary>
internal static class QolSection
{
    public static ReportSection Build(string id, string title, QolSectionInput input)
    {
        var instrument = QolInstrument.Create(input.Instrument, input.ValueSet, null);
        var set = instrument.ValueSet ?? throw new UsageException($"instrument \"{input.Instrument}\": the qol analysis scores EQ-5D (eq5d-5l, eq5d-3l, eq5d-5l-crosswalk).");
        var table = input.Table;
        var warnings = new List<string>();
        var labels = ColumnValues.Texts(table, input.Group, "group");
        var order = input.OrderArms(labels.Where(l => l is not null).Select(l => l!)).Select((level, k) => (level, k)).ToDictionary(p => p.level, p => p.k, StringComparer.Ordinal);

        // Trajectories and profiles list groups in order of first appearance: visiting the rows arm by arm gives the plan's arm order.
        var rows = Enumerable.Range(0, table.RowCount).Where(r => labels[r] is not null).OrderBy(r => order[labels[r]!]).ToArray();
        if (rows.Length < table.RowCount)
        {
            warnings.Add(DroppedRows.Message([.. Enumerable.Range(0, table.RowCount).Where(r => labels[r] is null).Select(r => table.SourceLines[r])], $"the arm \"{input.Group}\" is missing"));
        }

        var groups = rows.Select(r => input.ArmLabel(labels[r]!)).ToList();
        var points = input.TimePoints;
        var index = new double[points.Count][];
        var vas = new double[points.Count][];
        var states = new List<(Eq5dState State, string Group)>[points.Count];
        for (var t = 0; t < points.Count; t++)
        {
            var scores = QolScoring.Score(table, instrument, points[t].Items, "items")[0];
            index[t] = [.. rows.Select(r => scores[r] ?? double.NaN)];
            var levels = points[t].Items.Select(c => ColumnValues.Numbers(table, c, "EQ-5D item")).ToArray();
            states[t] = [.. rows.Where(r => scores[r] is not null).Select(r => (Eq5dState.Create((int)levels[0][r], (int)levels[1][r], (int)levels[2][r], (int)levels[3][r], (int)levels[4][r], set.Levels), input.ArmLabel(labels[r]!)))];
            vas[t] = points[t].Vas is { } column ? Vas(table, column, rows) : [.. rows.Select(_ => double.NaN)];
        }

        var visitLabels = points.Select(p => p.Label).ToList();
        double[]? times = points.All(p => p.Time is not null) ? [.. points.Select(p => p.Time!.Value)] : null;
        var indexTrajectory = QolTrajectory.Compute(Columns(index), visitLabels, times, groups, input.ConfidenceLevel);
        var hasVas = points.Any(p => p.Vas is not null);
        var vasTrajectory = hasVas ? QolTrajectory.Compute(Columns(vas), visitLabels, times, groups, input.ConfidenceLevel) : null;

        MinimalImportantDifference? tabulated = null;
        var mid = input.Mid;
        if (mid is null)
        {
            tabulated = MinimalImportantDifferences.Table.FirstOrDefault(m => string.Equals(m.Instrument, input.Instrument, StringComparison.OrdinalIgnoreCase) && (m.ValueSet is null || string.Equals(m.ValueSet, set.Name, StringComparison.OrdinalIgnoreCase)));
            mid = tabulated?.Lower;
            if (mid is null && points.Count > 1)
            {
                warnings.Add($"No minimal important difference is tabulated for {set.Label}; responders are not reported. Give \"mid\" in the plan from a source that fits your population.");
            }
        }

        var pct = (input.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        var tables = new List<ReportTable> { ScoreTable(id, indexTrajectory, vasTrajectory, pct, input.Count) };
        var change = points.Count > 1
            ? ChangeFromBaseline.Compute(Columns(index), visitLabels, groups, new ChangeFromBaselineOptions { ConfidenceLevel = input.ConfidenceLevel, MinimalImportantDifference = mid, Reliability = input.Reliability })
            : null;
        var baselineSd = change?.BaselineSD ?? double.NaN;
        if (change is not null)
        {
            tables.Add(ChangeTable(id, input, change, mid));
        }

        var figures = new List<ReportFigure>();
        for (var t = 0; t < points.Count; t++)
        {
            if (states[t].Count == 0)
            {
                warnings.Add($"{points[t].Label}: no complete EQ-5D response, no profile drawn.");
                continue;
            }

            var profile = Eq5dProfile.Compute([.. states[t].Select(s => s.State)], [.. states[t].Select(s => s.Group)], set.Levels);
            figures.Add(new ReportFigure($"{id}-profile-{Slug(points[t].Label)}", $"EQ-5D profile at {points[t].Label}: share of respondents at each level of each dimension, by arm.", Eq5dProfileFigure.Create(profile, new Eq5dProfilePlotOptions { Preset = input.Preset })));
        }

        figures.Add(new ReportFigure($"{id}-index-trajectory", $"Mean EQ-5D index ({set.Label}) by arm and time point with {pct}% t-based confidence intervals.", QolTrajectoryFigure.Create(indexTrajectory, new QolTrajectoryPlotOptions { Preset = input.Preset, Arms = input.Arms, YLabel = "EQ-5D index", XLabel = "Time point" })));
        if (vasTrajectory is not null)
        {
            figures.Add(new ReportFigure($"{id}-vas-trajectory", $"Mean EQ VAS by arm and time point with {pct}% t-based confidence intervals.", QolTrajectoryFigure.Create(vasTrajectory, new QolTrajectoryPlotOptions { Preset = input.Preset, Arms = input.Arms, YLabel = "EQ VAS", XLabel = "Time point" })));
        }

        foreach (var p in indexTrajectory.Points.Where(p => p.N < 2))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{p.Group} at {p.Visit}: {p.N} EQ-5D index value(s), no confidence interval."));
        }

        var citations = new List<ReportCitation> { SectionCitations.ValueSet(set), SectionCitations.Student1908, SectionCitations.Devlin2010 };
        if (points.Count > 1 && tabulated is not null)
        {
            citations.Add(SectionCitations.Mid(tabulated));
        }

        if (points.Count > 1 && input.Reliability is not null)
        {
            citations.Add(SectionCitations.JacobsonTruax1991);
        }

        return new ReportSection(id, title)
        {
            Topics = [ReportingTopic.NumbersAnalysed, ReportingTopic.OutcomeData],
            Narrative = [Narrative(indexTrajectory, vasTrajectory, input.Count)],
            Tables = [.. tables],
            Figures = [.. figures],
            Methods = [.. Methods(input, set, tabulated, mid, baselineSd, pct)],
            Citations = [.. citations],
            Warnings = [.. warnings.Distinct(StringComparer.Ordinal)],
        };
    }

    private static IEnumerable<string> Methods(QolSectionInput input, Eq5dValueSet set, MinimalImportantDifference? tabulated, double? mid, double baselineSd, string pct)
    {
        var points = input.TimePoints;
        var key = SectionCitations.ValueSetKey(set);
        yield return $"EQ-5D responses ({input.Source}; {string.Join(", ", points.Select(p => p.Label))}) were scored with the {set.Label} value set [{key}]; a response with a missing or out-of-range item was not scored.";
        var vas = points.Any(p => p.Vas is not null) ? " and the EQ VAS (0–100, reported as recorded and not combined with the index)" : "";
        yield return $"The index{vas} are summarised by arm and time point as mean, SD and {pct}% t-based confidence interval on the available values [student1908]; the EQ-5D profile shows the share of respondents at each level of each dimension [devlin2010].";
        if (points.Count < 2)
        {
            yield break;
        }

        var change = $"Change in the index from {points[0].Label} to each later time point was computed for patients scored at both, and summarised in the same way.";
        if (mid is { } m)
        {
            var source = tabulated is not null
                ? $"the instrument-defined minimal important difference of {Num(m)} (lower end of the tabulated {Num(tabulated.Lower)}–{Num(tabulated.Upper)}) [mid-{tabulated.Instrument.ToLowerInvariant()}]"
                : $"a minimal important difference of {Num(m)} given in the analysis plan";
            change += $" Responders improved by at least {source}.";
        }

        yield return change;
        if (input.Reliability is { } r)
        {
            yield return $"Reliable change was classified by the Jacobson–Truax index, RCI = change / S_diff with S_diff = √2 · SD_baseline · √(1 − r), r = {Num(r)} and SD_baseline = {Num(baselineSd)} (the SD of the {points[0].Label} index over all arms); |RCI| > 1.96 is a reliable improvement or deterioration [jacobson1991].";
        }
    }

    private static ReportTable ScoreTable(string id, QolTrajectoryResult index, QolTrajectoryResult? vas, string pct, Func<int, string> count)
    {
        var headers = new List<string> { "arm", "time point", "n", "index mean (SD)", $"index {pct}% CI" };
        if (vas is not null)
        {
            headers.AddRange(["n VAS", "EQ VAS mean (SD)", $"EQ VAS {pct}% CI"]);
        }

        var rows = new List<IReadOnlyList<string>>();
        for (var k = 0; k < index.Points.Length; k++)
        {
            var p = index.Points[k];
            var row = new List<string> { p.Group, p.Visit, count(p.N), MeanSd(p, "0.000"), Ci(p, "0.000") };
            if (vas is not null)
            {
                var v = vas.Points[k];
                row.AddRange([count(v.N), MeanSd(v, "0.0"), Ci(v, "0.0")]);
            }

            rows.Add(row);
        }

        return new ReportTable($"{id}-scores", new TextTable("EQ-5D index and EQ VAS by arm and time point", headers, rows) { RightAligned = Enumerable.Range(2, headers.Count - 2).ToHashSet() })
        {
            Note = "Mean (SD) and t-based confidence interval on the available values at each time point.",
        };
    }

    private static ReportTable ChangeTable(string id, QolSectionInput input, ChangeFromBaselineResult change, double? mid)
    {
        var points = input.TimePoints;
        var pct = (input.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        var headers = new List<string> { "arm", "change", "n", "mean change (SD)", $"{pct}% CI" };
        if (mid is { } m)
        {
            headers.Add($"responders (>= {Num(m)})");
        }

        if (input.Reliability is not null)
        {
            headers.AddRange(["reliable improvement", "no reliable change", "reliable deterioration"]);
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var g in change.Changes)
        {
            var p = g.Change;
            var row = new List<string> { p.Group, $"{points[0].Label} to {p.Visit}", input.Count(p.N), MeanSd(p, "0.000"), Ci(p, "0.000") };
            if (g.Responders is { } yes)
            {
                row.Add(Share(yes, p.N, input.Count));
            }

            if (g is { ReliablyImproved: { } improved, NoReliableChange: { } unchanged, ReliablyDeteriorated: { } deteriorated })
            {
                row.Add(Share(improved, p.N, input.Count));
                row.Add(Share(unchanged, p.N, input.Count));
                row.Add(Share(deteriorated, p.N, input.Count));
            }

            rows.Add(row);
        }

        return new ReportTable($"{id}-change", new TextTable($"Change in the EQ-5D index from {points[0].Label}", headers, rows) { RightAligned = Enumerable.Range(2, headers.Count - 2).ToHashSet() })
        {
            Note = "Patients scored at both time points; responders and reliable change as n/N (%) of them.",
        };
    }

    private static string Narrative(QolTrajectoryResult index, QolTrajectoryResult? vas, Func<int, string> count)
    {
        var parts = index.Visits.Select((visit, k) =>
            $"{visit}: {string.Join(", ", index.Points.Where(p => p.VisitIndex == k).Select(p => $"{p.Group} {Fixed(p.Mean, "0.000")} (n = {count(p.N)})"))}");
        var text = $"Mean EQ-5D index {string.Join("; ", parts)}.";
        if (vas is not null)
        {
            var v = vas.Visits.Select((visit, k) => $"{visit}: {string.Join(", ", vas.Points.Where(p => p.VisitIndex == k).Select(p => $"{p.Group} {Fixed(p.Mean, "0.0")}"))}");
            text += $" Mean EQ VAS {string.Join("; ", v)}.";
        }

        return text;
    }

    private static double[] Vas(CohortTable table, string column, int[] rows)
    {
        var values = ColumnValues.Numbers(table, column, "EQ VAS");
        var problems = new List<InputProblem>();
        foreach (var r in rows.Where(r => !double.IsNaN(values[r]) && values[r] is < 0 or > 100))
        {
            problems.Add(new InputProblem(table.SourceFile, table.SourceLines[r], column, "an EQ VAS value from 0 to 100, or empty", NumberText.RoundTrip(values[r]), "Correct the value or leave the cell empty for a missing rating."));
        }

        if (problems.Count > 0)
        {
            throw new InputException([.. problems.Take(10)], problems.Count);
        }

        return [.. rows.Select(r => values[r])];
    }

    private static List<IReadOnlyList<double>> Columns(double[][] byTime) =>
        [.. Enumerable.Range(0, byTime[0].Length).Select(i => (IReadOnlyList<double>)[.. byTime.Select(t => t[i])])];

    private static string Slug(string label) =>
        string.Join("-", new string([.. label.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string MeanSd(QolTrajectoryPoint p, string format) => p.N == 0 ? "NA" : $"{Fixed(p.Mean, format)} ({Fixed(p.SD, format)})";

    private static string Ci(QolTrajectoryPoint p, string format) => p.N < 2 ? "NA" : $"{Fixed(p.Lower, format)} to {Fixed(p.Upper, format)}";

    private static string Share(int k, int n, Func<int, string> count) => n == 0 ? "0/0" : count(k) != Int(k) || count(n) != Int(n) ? $"{count(k)}/{count(n)}" : string.Create(CultureInfo.InvariantCulture, $"{k}/{n} ({100.0 * k / n:0.0}%)");

    private static string Fixed(double v, string format) => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "NA";

    private static string Num(double v) => NumberText.Short(v, 4);

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
