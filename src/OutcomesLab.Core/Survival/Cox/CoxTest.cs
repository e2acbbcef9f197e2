namespace OutcomesLab.Survival.Cox;

/// <summary>A chi-square test of a Cox model (likelihood ratio, Wald or score; R <c>summary(coxph)$logtest</c> etc.).</summary>
/// <param name="ChiSquare">The statistic (unrounded).</param>
/// <param name="Df">Degrees of freedom.</param>
/// <param name="P">Upper-tail chi-square probability.</param>
public sealed record CoxTest(double ChiSquare, int Df, double P);
