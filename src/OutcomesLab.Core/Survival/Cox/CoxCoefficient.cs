namespace OutcomesLab.Survival.Cox;

/// <summary>One row of the Cox coefficient table (R <c>summary(coxph)$coefficients</c> and <c>$conf.int</c>).</summary>
/// <param name="Term">Design-matrix column name.</param>
/// <param name="Coef">Log hazard ratio beta.</param>
/// <param name="Se">Model-based standard error (R <c>se(coef)</c>).</param>
/// <param name="RobustSe">Sandwich standard error (R <c>robust se</c>), null without clusters/robust.</param>
/// <param name="HazardRatio">exp(beta).</param>
/// <param name="HrLower">Lower confidence limit exp(beta - z SE), with the robust SE when present.</param>
/// <param name="HrUpper">Upper confidence limit exp(beta + z SE).</param>
/// <param name="Z">Wald z = beta / SE (robust SE when present).</param>
/// <param name="P">Two-sided p = 2 Phi(-|z|).</param>
/// <param name="IsAliased">True when the column is aliased (a linear combination of earlier columns, or constant): R's
/// <c>coxph</c> gives it the coefficient NA and fits the others; then every number of the row is NaN (R's NA).</param>
public sealed record CoxCoefficient(string Term, double Coef, double Se, double? RobustSe, double HazardRatio, double HrLower, double HrUpper, double Z, double P, bool IsAliased = false);
