namespace OutcomesLab.Outcomes;

/// <summary>Retention at one day after the index day, for one group.</summary>
/// <param name="Day">Days after the index day.</param>
/// <param name="NRetained">Patients whose first episode still ran on that day.</param>
/// <param name="Proportion">NRetained over the patients who started treatment (or over everyone under intention to treat); NaN when there is nobody.</param>
public sealed record RetentionRetainedAt(int Day, int NRetained, double Proportion);
