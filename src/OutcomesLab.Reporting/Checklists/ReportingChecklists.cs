using System.Collections.Immutable;

namespace OutcomesLab.Reporting;

/// <summary>
/// The reporting checklists a report can list its coverage of: STROBE for observational studies
/// (von Elm et al., Lancet 2007, 22 items) and CONSORT 2010 for parallel-group randomised trials
/// (Schulz et al., BMJ 2010, 25 items, with the sub-items the report can address). Items are the
/// guidelines' headings; the report covers only what its sections compute, and lists the rest as
/// for the authors to supply.
/// </summary>
public static class ReportingChecklists
{
    private static ChecklistItem Item(string number, string topic, params ReportingTopic[] covers) => new(number, topic, [.. covers]);

    /// <summary>STROBE: Strengthening the Reporting of Observational Studies in Epidemiology (cohort studies).</summary>
    public static ReportingChecklist Strobe { get; } = new(
        "strobe",
        "STROBE",
        "observational (cohort) studies",
        new ReportCitation("vonelm2007", "von Elm E, Altman DG, Egger M, Pocock SJ, Gøtzsche PC, Vandenbroucke JP. The Strengthening the Reporting of Observational Studies in Epidemiology (STROBE) statement: guidelines for reporting observational studies. Lancet. 2007;370(9596):1453-1457. doi:10.1016/S0140-6736(07)61602-X"),
        [
            Item("1", "Title and abstract"),
            Item("2", "Background/rationale"),
            Item("3", "Objectives"),
            Item("4", "Study design"),
            Item("5", "Setting"),
            Item("6", "Participants (eligibility, sources, methods of selection and follow-up)"),
            Item("7", "Variables (outcomes, exposures, confounders)", ReportingTopic.Methods),
            Item("8", "Data sources/measurement", ReportingTopic.Methods),
            Item("9", "Bias"),
            Item("10", "Study size"),
            Item("11", "Quantitative variables", ReportingTopic.Methods),
            Item("12", "Statistical methods (including missing data and sensitivity analyses)", ReportingTopic.Methods),
            Item("13", "Participants: numbers at each stage", ReportingTopic.ParticipantFlow),
            Item("14", "Descriptive data (characteristics, missing data per variable, follow-up)", ReportingTopic.BaselineData, ReportingTopic.FollowUp),
            Item("15", "Outcome data", ReportingTopic.OutcomeData),
            Item("16", "Main results: unadjusted and adjusted estimates with their precision", ReportingTopic.MainResults, ReportingTopic.AdjustedResults),
            Item("17", "Other analyses (subgroups, interactions, sensitivity)", ReportingTopic.OtherAnalyses),
            Item("18", "Key results"),
            Item("19", "Limitations"),
            Item("20", "Interpretation"),
            Item("21", "Generalisability"),
            Item("22", "Funding"),
        ]);

    /// <summary>CONSORT 2010: Consolidated Standards of Reporting Trials (parallel-group randomised trials).</summary>
    public static ReportingChecklist Consort { get; } = new(
        "consort",
        "CONSORT 2010",
        "parallel-group randomised trials",
        new ReportCitation("schulz2010", "Schulz KF, Altman DG, Moher D; CONSORT Group. CONSORT 2010 statement: updated guidelines for reporting parallel group randomised trials. BMJ. 2010;340:c332. doi:10.1136/bmj.c332"),
        [
            Item("1", "Title and abstract"),
            Item("2", "Background and objectives"),
            Item("3", "Trial design"),
            Item("4", "Participants (eligibility, settings)"),
            Item("5", "Interventions"),
            Item("6", "Outcomes (pre-specified primary and secondary)", ReportingTopic.Methods),
            Item("7", "Sample size"),
            Item("8-10", "Randomisation: sequence, allocation concealment, implementation"),
            Item("11", "Blinding"),
            Item("12", "Statistical methods (primary and additional analyses)", ReportingTopic.Methods),
            Item("13", "Participant flow: randomised, received treatment, analysed, losses", ReportingTopic.ParticipantFlow),
            Item("14", "Recruitment (dates, follow-up period)"),
            Item("15", "Baseline data", ReportingTopic.BaselineData),
            Item("16", "Numbers analysed", ReportingTopic.NumbersAnalysed),
            Item("17a", "Outcomes and estimation: effect size with its precision", ReportingTopic.MainResults),
            Item("17b", "Binary outcomes: absolute and relative effect sizes", ReportingTopic.AbsoluteAndRelativeEffects),
            Item("18", "Ancillary analyses", ReportingTopic.OtherAnalyses),
            Item("19", "Harms"),
            Item("20", "Limitations"),
            Item("21", "Generalisability"),
            Item("22", "Interpretation"),
            Item("23", "Registration"),
            Item("24", "Protocol"),
            Item("25", "Funding"),
        ]);

    /// <summary>Every checklist, by its plan name.</summary>
    public static ImmutableArray<ReportingChecklist> All { get; } = [Consort, Strobe];
}
