namespace OutcomesLab.Outcomes;

/// <summary>One item of the UK Treatment Outcomes Profile.</summary>
/// <param name="Name">Column-style name, e.g. <c>opiates_days</c>.</param>
/// <param name="Section">TOP section: substance use, injecting risk, crime, or health and social functioning.</param>
/// <param name="Description">What the item records (paraphrased; no questionnaire wording).</param>
/// <param name="Minimum">Lowest allowed value.</param>
/// <param name="Maximum">Highest allowed value (28 days, 20 on the rating scales and work/education days, 1 for yes/no).</param>
/// <param name="HigherIsBetter">True for the ratings and work/education days; false for use, injecting, crime and housing problems.</param>
public sealed record TopItem(string Name, string Section, string Description, double Minimum, double Maximum, bool HigherIsBetter);
