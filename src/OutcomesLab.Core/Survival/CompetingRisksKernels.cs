namespace OutcomesLab.Survival;

/// <summary>
/// Span kernels of the competing-risks estimators. They work on a table of counts per distinct time
/// (every estimator here depends on the data only through these counts), so nothing is allocated per
/// event. Inputs are trusted (validated by <see cref="SurvivalSample"/> and the façades).
/// </summary>
internal static class CompetingRisksKernels
{
    /// <summary>
    /// Tabulates one group's subjects, already sorted by time, into distinct times.
    /// </summary>
    /// <param name="times">Sorted times of the group.</param>
    /// <param name="causeIndex">Per subject, -1 when censored, otherwise the 0-based index of its cause.</param>
    /// <param name="causeCount">Number of causes K.</param>
    /// <param name="distinct">Receives the distinct times (length ≥ number of distinct times).</param>
    /// <param name="nRisk">Receives the risk-set size at each distinct time.</param>
    /// <param name="nCensor">Receives the censorings at each distinct time.</param>
    /// <param name="events">Receives the events, row-major [time, cause] (length ≥ T·K); must be zeroed.</param>
    /// <returns>The number T of distinct times.</returns>
    internal static int Tabulate(
        ReadOnlySpan<double> times,
        ReadOnlySpan<int> causeIndex,
        int causeCount,
        Span<double> distinct,
        Span<int> nRisk,
        Span<int> nCensor,
        Span<int> events)
    {
        var n = times.Length;
        var t = -1;
        for (var i = 0; i < n; i++)
        {
            if (t < 0 || times[i] != distinct[t])
            {
                t++;
                distinct[t] = times[i];
                nRisk[t] = n - i;
                nCensor[t] = 0;
            }

            if (causeIndex[i] < 0)
            {
                nCensor[t]++;
            }
            else
            {
                events[(t * causeCount) + causeIndex[i]]++;
            }
        }

        return t + 1;
    }

    /// <summary>
    /// The CIF of one cause and cmprsk's delta-method variance, as cmprsk's Fortran routine <c>cinc</c>
    /// computes them (Gray 2000), reported at every distinct time (variance carried forward between
    /// event times of the cause).
    /// </summary>
    /// <param name="nRisk">Risk-set size per distinct time.</param>
    /// <param name="nAll">Events of any cause per distinct time.</param>
    /// <param name="nCause">Events of this cause per distinct time.</param>
    /// <param name="estimate">Receives F_k at each distinct time.</param>
    /// <param name="variance">Receives cmprsk's variance at each distinct time.</param>
    /// <remarks>
    /// With Ŝ the all-cause KM just before the time, Ŝ⁺ just after, n at risk, d₁ events of the cause and
    /// d₂ of other causes, cmprsk accumulates three sums (F the current CIF):
    /// for other causes, with a = Ŝ²·c(d₂)·d₂/n², v1 += (F/Ŝ⁺)²a, v2 += F/Ŝ⁺²·a, v3 += a/Ŝ⁺²
    /// (skipped when Ŝ⁺ = 0); for the cause, with b = Ŝ²·c(d₁)·d₁/n² and g = 1/Ŝ⁺ (0 when Ŝ⁺ = 0),
    /// v1 += (1 + gF)²b, v2 += g(1 + gF)b, v3 += g²b; and Var F = v1 + F²v3 − 2F·v2, recorded only at
    /// event times of the cause. The tie factor is c(d) = 1 − (d − 1)/(n − 1) when d &gt; 1, else 1.
    /// </remarks>
    internal static void CmprskCinc(
        ReadOnlySpan<int> nRisk,
        ReadOnlySpan<int> nAll,
        ReadOnlySpan<int> nCause,
        Span<double> estimate,
        Span<double> variance)
    {
        double fk = 1, v1 = 0, v2 = 0, v3 = 0, f = 0, v = 0;
        for (var j = 0; j < nRisk.Length; j++)
        {
            var nd = nAll[j];
            if (nd > 0)
            {
                double rs = nRisk[j];
                var nd1 = nCause[j];
                var nd2 = nd - nd1;
                var fkn = fk * (rs - nd) / rs;
                if (nd1 > 0)
                {
                    f += fk * nd1 / rs;
                }

                if (nd2 > 0 && fkn > 0)
                {
                    var t5 = nd2 > 1 ? 1 - ((nd2 - 1.0) / (rs - 1.0)) : 1.0;
                    var t6 = fk * fk * t5 * nd2 / (rs * rs);
                    var t3 = 1.0 / fkn;
                    var t4 = f / fkn;
                    v1 += t4 * t4 * t6;
                    v2 += t3 * t4 * t6;
                    v3 += t3 * t3 * t6;
                }

                if (nd1 > 0)
                {
                    var t5 = nd1 > 1 ? 1 - ((nd1 - 1.0) / (rs - 1.0)) : 1.0;
                    var t6 = fk * fk * t5 * nd1 / (rs * rs);
                    var t3 = fkn > 0 ? 1 / fkn : 0.0;
                    var t4 = 1 + (t3 * f);
                    v1 += t4 * t4 * t6;
                    v2 += t3 * t4 * t6;
                    v3 += t3 * t3 * t6;
                    v = v1 + (f * f * v3) - (2 * f * v2);
                }

                fk = fkn;
            }

            estimate[j] = f;
            variance[j] = v;
        }
    }

    /// <summary>
    /// The Aalen–Johansen state probabilities of a competing-risks (one transient state, K absorbing
    /// states) process and survfit's infinitesimal-jackknife variances, for unweighted data.
    /// </summary>
    /// <param name="nRisk">Risk-set size per distinct time.</param>
    /// <param name="events">Events row-major [time, cause].</param>
    /// <param name="causeCount">K.</param>
    /// <param name="survival">Receives Ŝ (entry state) per time.</param>
    /// <param name="survivalVariance">Receives the IJ variance of Ŝ per time.</param>
    /// <param name="cif">Receives F_k per time, row-major [time, cause].</param>
    /// <param name="cifVariance">Receives the IJ variance of F_k per time, row-major [time, cause].</param>
    /// <param name="q0k">Work space of length K.</param>
    /// <remarks>
    /// survfit's IJ variance is Σ_i U_i(t)² with U_i the influence of subject i on p(t) = p(t−)·T(t):
    /// U(t) = U(t−)·T(t) + p(t−)·∂T/∂w_i, where the hazard increment dA_k = d_k/n has influence
    /// h_ik = (δ_ik − Y_i·d_k/n)/n. All subjects at risk share U(t−), and Σ over the risk set of h_ik is 0,
    /// so the cross terms vanish and the sums of squares and products Q obey an exact O(K) recursion
    /// (Ŝ = Ŝ(t−), dA = d/n):
    /// Q_kk ← Q_kk + 2dA_k·Q_0k + dA_k²·Q_00 + Ŝ²·d_k(n − d_k)/n³;
    /// Q_0k ← (1 − dA)(Q_0k + dA_k·Q_00) − Ŝ²·d_k(n − d)/n³;
    /// Q_00 ← (1 − dA)²·Q_00 + Ŝ²·d(n − d)/n³ (Greenwood's variance for Ŝ).
    /// </remarks>
    internal static void AalenJohansenJackknife(
        ReadOnlySpan<int> nRisk,
        ReadOnlySpan<int> events,
        int causeCount,
        Span<double> survival,
        Span<double> survivalVariance,
        Span<double> cif,
        Span<double> cifVariance,
        Span<double> q0k)
    {
        var k = causeCount;
        q0k[..k].Clear();
        double s = 1, q00 = 0;
        for (var j = 0; j < nRisk.Length; j++)
        {
            double n = nRisk[j];
            var row = events.Slice(j * k, k);
            var d = 0;
            foreach (var dk in row)
            {
                d += dk;
            }

            var outRow = cif.Slice(j * k, k);
            var outVar = cifVariance.Slice(j * k, k);
            var prevRow = j > 0 ? cif.Slice((j - 1) * k, k) : default;
            var prevVar = j > 0 ? cifVariance.Slice((j - 1) * k, k) : default;
            if (d == 0)
            {
                for (var c = 0; c < k; c++)
                {
                    outRow[c] = j > 0 ? prevRow[c] : 0;
                    outVar[c] = j > 0 ? prevVar[c] : 0;
                }

                survival[j] = s;
                survivalVariance[j] = q00;
                continue;
            }

            var dA = d / n;
            var keep = 1 - dA;
            var s2n3 = s * s / (n * n * n);
            for (var c = 0; c < k; c++)
            {
                var dk = row[c];
                var fPrev = j > 0 ? prevRow[c] : 0;
                var qPrev = j > 0 ? prevVar[c] : 0;
                if (dk == 0)
                {
                    outRow[c] = fPrev;
                    outVar[c] = qPrev;
                    q0k[c] = keep * q0k[c];
                    continue;
                }

                var dAk = dk / n;
                outRow[c] = fPrev + (s * dAk);
                outVar[c] = qPrev + (2 * dAk * q0k[c]) + (dAk * dAk * q00) + (s2n3 * dk * (n - dk));
                q0k[c] = (keep * (q0k[c] + (dAk * q00))) - (s2n3 * dk * (n - d));
            }

            q00 = (keep * keep * q00) + (s2n3 * d * (n - d));
            s *= keep;
            survival[j] = s;
            survivalVariance[j] = q00;
        }
    }
}
