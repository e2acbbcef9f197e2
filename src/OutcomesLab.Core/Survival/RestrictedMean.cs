namespace OutcomesLab.Survival;

/// <summary>Restricted mean survival time ∫₀^τ Ŝ(u) du (R <c>summary(fit, rmean = tau)$table</c>: <c>rmean</c>, <c>se(rmean)</c>).</summary>
/// <param name="Tau">The truncation time τ.</param>
/// <param name="Estimate">RMST.</param>
/// <param name="StandardError">sqrt(Σ_{t_i ≤ τ} A_i² d_i/(n_i(n_i − d_i))), A_i = ∫_{t_i}^τ Ŝ; terms with n_i = d_i count 0; no n/(n−1) correction.</param>
/// <param name="Lower">Estimate − z·SE (survRM2 <c>rmst2</c> per-arm CI).</param>
/// <param name="Upper">Estimate + z·SE.</param>
public sealed record RestrictedMean(double Tau, double Estimate, double StandardError, double Lower, double Upper);
