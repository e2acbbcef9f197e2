namespace OutcomesLab.Outcomes;

/// <summary>A time-to-event outcome on the week scale of a use-pattern word, ready for Kaplan–Meier or Cox.</summary>
/// <param name="Week">The week of the event, or the last week observed when censored (0 when no week was observed).</param>
/// <param name="Event">True when the event happened.</param>
public sealed record UdsTimeToEvent(int Week, bool Event);
