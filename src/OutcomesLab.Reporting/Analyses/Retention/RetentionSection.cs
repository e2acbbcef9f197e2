using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The report's retention section: treatment episodes from dosing records by a permissible gap
/// (<see cref="RetentionAnalysis"/>, as <c>outcomeslab retention</c>), retention at day D by arm with the
/// Kaplan–Meier median, dropouts, 180-day continuity and PDC, the gap-sensitivity table and figure, and
/// the per-subject time in treatment for Kaplan–Meier and Cox analyses of the same plan.
/// </summary>
internal static class RetentionSection
{
    /// <summary>Column names of the per-subject table.</summary>
    public static ImmutableArray<string> SubjectColumns { get; } = ["id", "arm", "time", "event"];

    public static RetentionSectionResult Build(string id, string title, RetentionSectionInput input)
    {
        var result = RetentionAnalysis.Analyze(input.Records, input.Cohort, input.Options);
        var tables = new List<ReportTable>
        {
            new($"{id}-retention", RetentionTables.Summary(result, input.Count))
            {
                Note = $"n: patients dosed on or after their index day{(input.Options.IntentionToTreat ? " (retention proportions over all index patients, intention to treat)" : "")}; median: Kaplan–Meier median days in treatment; continuity: first episode of at least {Int(input.Options.ContinuityDays)} days; PDC: proportion of days covered.",
            },
        };
        var figures = new List<ReportFigure>();
        var warnings = result.Diagnostics.Select(d => d.Message).ToList();
        if (input.Sweep.Count > 0)
        {
            var sweep = RetentionAnalysis.GapSweep(input.Records, input.Cohort, [.. input.Sweep], input.Options);
            tables.Add(new ReportTable($"{id}-gap-sensitivity", RetentionTables.Sweep(sweep, input.Options, input.Count)));
            var day = input.Options.RetainedAtDays[^1];
            figures.Add(new ReportFigure(
                $"{id}-gap-sensitivity",
                $"Retention at day {Int(day)} by arm across permissible gaps ({string.Join(", ", input.Sweep.Select(g => g.ToString()))}).",
                GapSensitivityFigure.Create(sweep, new GapSensitivityPlotOptions { Preset = input.Preset, Arms = input.Arms, Day = day, Scale = SurvivalScale.Percent, SuppressBelow = input.SuppressBelow })));
        }

        var section = new ReportSection(id, title)
        {
            Topics = [ReportingTopic.ParticipantFlow, ReportingTopic.NumbersAnalysed, ReportingTopic.OutcomeData, .. input.Sweep.Count == 0 ? Array.Empty<ReportingTopic>() : [ReportingTopic.OtherAnalyses]],
            Narrative = [Narrative(result, input.Count)],
            Tables = [.. tables],
            Figures = [.. figures],
            Methods = [.. Methods(input)],
            Citations = [SectionCitations.Hser2014, SectionCitations.Kaplan1958, SectionCitations.Nqf3175, SectionCitations.Pqa],
            Warnings = [.. warnings.Distinct(StringComparer.Ordinal)],
        };
        var rows = result.AnalysedRows().Select(i => (IReadOnlyList<string>)
        [
            result.Patients[i],
            result.Groups[i],
            result.TimeInTreatment[i].ToString("R", CultureInfo.InvariantCulture),
            result.Dropout[i] ? "1" : "0",
        ]).ToImmutableArray();
        return new RetentionSectionResult(section, result, SubjectColumns, rows);
    }

    /// <summary>The episode rule in words, e.g. "an episode ended when more than 7 days passed without medication".</summary>
    public static string GapRule(EpisodeGap gap)
    {
        if (gap.IsNone)
        {
            return "each patient's treatment ran from the first to the last dose (no permissible gap: any interruption was bridged)";
        }

        if (gap.ByMedication.IsEmpty && gap.Days is { } d)
        {
            return $"an episode ended when more than {Int(d)} consecutive days passed without medication (permissible gap {Int(d)} days)";
        }

        var parts = gap.ByMedication.Select(p => $"{p.Key} {(p.Value is { } v ? Int(v) + " days" : "none")}").ToList();
        parts.Add($"other medications {(gap.Days is { } f ? Int(f) + " days" : "none")}");
        return $"an episode ended when the days without medication exceeded the permissible gap of the medication ({string.Join("; ", parts)})";
    }

    private static IEnumerable<string> Methods(RetentionSectionInput input)
    {
        var o = input.Options;
        var sw = o.Episodes.Switch == EpisodeSwitchRule.NewEpisode ? "a change of medication started a new episode" : "a change of medication continued the episode";
        var overlap = o.Episodes.Overlap == EpisodeOverlapRule.Shift
            ? "the surplus days of an early refill were carried forward (Pharmacy Quality Alliance convention)"
            : "overlapping supplies were counted once";
        if (input.MedicationMapMethods is { } mapped)
        {
            yield return mapped;
        }

        yield return $"Treatment episodes were built from the dosing records ({input.DosingSource}): {GapRule(o.Episodes.Gap)}; {sw}; {overlap}.";
        var horizon = o.Horizon is { } h ? $", capped at a horizon of {Int(h)} days" : "";
        var days = string.Join(", ", o.RetainedAtDays.Select(Int));
        yield return $"Time in treatment was counted from the index day ({input.IndexSource}; the index day is day 1) through the last covered day of the first episode running on or after it{horizon}; a patient was retained at day D ({days}) when that episode still ran on day D after the index day, as in Hser et al. [hser2014].";
        yield return o.IntentionToTreat
            ? "Patients without a dose on or after their index day were counted as not retained (intention to treat)."
            : "Patients without a dose on or after their index day were not analysed and are reported as not started.";
        var end = o.DataEndDay is { } e ? $"study day {Int(e)}" : "the last day covered by any record";
        var completion = o.CompletionDay is { } c
            ? $"a patient whose first episode still ran on day {Int(c)} (the planned end of treatment) had completed treatment and was censored at the end of that episode{(o.Horizon is { } hc ? $" (at most {Int(hc)} days)" : "")}, not counted as a dropout, as in Hser et al. [hser2014]; patients still in treatment at the data end were censored too"
            : o.Horizon is { } ho
                ? $"patients still in treatment at the horizon ({Int(ho)} days) or the data end were censored (no planned end of treatment was set, so an episode ending in the last days before the horizon counts as a dropout)"
                : "patients still in treatment at the data end were censored";
        yield return $"Dropout was the end of the first episode once the permissible gap had run out while the patient was observed (data end: {end}); {completion}. The median time in treatment was estimated by the Kaplan–Meier method [kaplan1958].";
        yield return $"Continuity of pharmacotherapy was a first episode of at least {Int(o.ContinuityDays)} days [nqf3175]; adherence was the proportion of days covered (PDC) over the follow-up window [pqa-pdc].";
        if (input.Sweep.Count > 0)
        {
            yield return $"As a sensitivity analysis, retention was recomputed with permissible gaps of {string.Join(", ", input.Sweep.Select(g => g.ToString()))}.";
        }
    }

    private static string Narrative(RetentionResult result, Func<int, string> count)
    {
        var parts = new List<string>();
        foreach (var (day, k) in result.Options.RetainedAtDays.Select((d, k) => (d, k)))
        {
            var arms = result.Summaries.Select(s => $"{s.Group} {RetentionTables.Retained(s.RetainedAt[k], count)} of {count(result.Options.IntentionToTreat ? s.N + s.NNotStarted : s.N)}");
            parts.Add($"at day {Int(day)}: {string.Join(", ", arms)}");
        }

        var medians = result.Summaries.Select(s => $"{s.Group} {(s.MedianDays is { } m ? NumberText.Short(m) + " days" : "not reached")}");
        return $"Retained in treatment {string.Join("; ", parts)}. Median time in treatment: {string.Join(", ", medians)}.";
    }

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
