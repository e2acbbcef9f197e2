namespace OutcomesLab.EffectSizes;

/// <summary>
/// Which direction of an outcome is better for the patient. For continuous outcomes it refers to the
/// score, for binary outcomes to the proportion with the event (value 1), and for time-to-event
/// outcomes to the event rate (<see cref="LowerIsBetter"/> for dropout or death, i.e. HR &lt; 1 is good).
/// </summary>
public enum OutcomeDirection
{
    /// <summary>Larger scores, more events or a higher event rate are better.</summary>
    HigherIsBetter,

    /// <summary>Smaller scores, fewer events or a lower event rate are better.</summary>
    LowerIsBetter,
}
