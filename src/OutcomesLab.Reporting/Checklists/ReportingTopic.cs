namespace OutcomesLab.Reporting;

/// <summary>
/// What a report section reports, in the terms reporting guidelines use (STROBE, CONSORT): each
/// section declares its topics, and a checklist item is covered by the sections with its topic.
/// </summary>
public enum ReportingTopic
{
    /// <summary>The statistical methods, data sources and variables (the generated methods paragraph).</summary>
    Methods,

    /// <summary>Baseline characteristics by arm, with missing data per variable (Table 1).</summary>
    BaselineData,

    /// <summary>Numbers of participants at each stage: in the index, not started, analysed, left out.</summary>
    ParticipantFlow,

    /// <summary>The number analysed in each table.</summary>
    NumbersAnalysed,

    /// <summary>Follow-up: numbers at risk over time.</summary>
    FollowUp,

    /// <summary>Outcome events or summary measures over time.</summary>
    OutcomeData,

    /// <summary>Unadjusted estimates with their precision (CIs).</summary>
    MainResults,

    /// <summary>Estimates adjusted for covariates, naming the covariates.</summary>
    AdjustedResults,

    /// <summary>For binary outcomes, both absolute and relative effect sizes.</summary>
    AbsoluteAndRelativeEffects,

    /// <summary>Sensitivity, subgroup or model-checking analyses.</summary>
    OtherAnalyses,
}
