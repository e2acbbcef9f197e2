namespace OutcomesLab.Survival.Cox;

/// <summary>
/// Harrell's concordance of the linear predictor, as R survival's <c>concordance(fit)</c> /
/// <c>fit$concordance</c> (Therneau &amp; Watson 2017, "The concordance statistic and the Cox model").
/// Pairs are compared within strata; pairs tied on time are not used.
/// </summary>
/// <param name="Estimate">C = (concordant + tiedX/2) / (concordant + discordant + tiedX).</param>
/// <param name="Se">Infinitesimal-jackknife standard error (grouped by cluster when clusters are given).</param>
/// <param name="Concordant">Weighted number of concordant pairs.</param>
/// <param name="Discordant">Weighted number of discordant pairs.</param>
/// <param name="TiedX">Comparable pairs tied on the linear predictor.</param>
/// <param name="TiedY">Pairs tied on the event time (not used).</param>
/// <param name="TiedXY">Pairs tied on both.</param>
public sealed record CoxConcordance(double Estimate, double Se, double Concordant, double Discordant, double TiedX, double TiedY, double TiedXY);
