namespace OutcomesLab.Survival.Cox;

/// <summary>One row of the <c>cox.zph</c> table: the score test of beta(t) = beta + theta g(t) for a term (or GLOBAL).</summary>
/// <param name="Term">Term name, or <c>GLOBAL</c>.</param>
/// <param name="ChiSquare">Score statistic.</param>
/// <param name="Df">Degrees of freedom (columns of the term).</param>
/// <param name="P">Upper-tail chi-square probability.</param>
public sealed record CoxPhTermTest(string Term, double ChiSquare, int Df, double P);
