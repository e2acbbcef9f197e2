namespace OutcomesLab.Survival.Cox;

/// <summary>Time transform g(t) of the proportional-hazards test (R <c>cox.zph(transform = ...)</c>).</summary>
public enum CoxPhTransform
{
    /// <summary>g(t) = 1 - S(t-) with S the Kaplan–Meier of the model's data; R's default <c>"km"</c>.</summary>
    KaplanMeier,

    /// <summary>g(t) = t; R <c>"identity"</c>.</summary>
    Identity,

    /// <summary>g(t) = rank of t among all follow-up times (average ranks); R <c>"rank"</c>.</summary>
    Rank,
}
