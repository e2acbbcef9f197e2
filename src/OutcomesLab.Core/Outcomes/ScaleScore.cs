namespace OutcomesLab.Outcomes;

/// <summary>The score of one scale for one respondent.</summary>
/// <param name="Name">The scale name.</param>
/// <param name="Score">Aggregate × multiplier, or null when fewer than the minimum items were answered or the questionnaire was excluded.</param>
/// <param name="Transformed">The score after the scale's <see cref="LinearTransform"/>, or null (no transform, or no score).</param>
/// <param name="Answered">Number of the scale's items answered.</param>
public sealed record ScaleScore(string Name, double? Score, double? Transformed, int Answered);
