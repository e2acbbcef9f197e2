namespace OutcomesLab.EffectSizes;

/// <summary>The measurement type of an outcome, which decides its natural effect measures.</summary>
public enum OutcomeType
{
    /// <summary>A continuous score: mean difference and Hedges' g.</summary>
    Continuous,

    /// <summary>A 0/1 outcome: OR, RR and RD.</summary>
    Binary,

    /// <summary>Time to an event with censoring: hazard ratio and RMST difference.</summary>
    TimeToEvent,
}
