namespace OutcomesLab.Survival.Cox;

/// <summary>
/// Martingale and score residuals in sorted order from a <see cref="CoxHazardTable"/>: the
/// O(n p) running-total form of R survival's <c>coxscore2.c</c> / <c>agscore3.c</c> and
/// <c>coxmart.c</c>, with Efron's down-weighting of tied deaths.
/// </summary>
internal static class CoxResidualKernel
{
    public static void Compute(CoxData d, CoxHazardTable tab, double[] eta, double[]? martingale, double[]? score)
    {
        var p = d.P;
        var nt = tab.Time.Length;
        var cumH = new double[nt];
        var cumXH = new double[nt * p];
        for (var s = 0; s + 1 < tab.Offset.Length; s++)
        {
            double h = 0;
            var xh = new double[p];
            for (var e = tab.Offset[s]; e < tab.Offset[s + 1]; e++)
            {
                h += tab.DHaz[e];
                cumH[e] = h;
                for (var j = 0; j < p; j++)
                {
                    xh[j] += tab.DXHaz[(e * p) + j];
                    cumXH[(e * p) + j] = xh[j];
                }
            }
        }

        for (var s = 0; s + 1 < d.StratumStart.Length; s++)
        {
            var first = tab.Offset[s];
            for (var k = d.StratumStart[s]; k < d.StratumStart[s + 1]; k++)
            {
                var r = Math.Exp(eta[k]);
                var eStop = tab.LastAtOrBefore(s, d.Stop[k]);
                var eStart = d.Start is null ? first - 1 : tab.LastAtOrBefore(s, d.Start[k]);
                var dH = (eStop >= first ? cumH[eStop] : 0) - (eStart >= first ? cumH[eStart] : 0);
                var dead = d.Status[k] != 0;
                if (martingale is not null)
                {
                    martingale[k] = (dead ? 1 : 0) - (r * dH) + (dead ? r * tab.EHaz[eStop] : 0);
                }

                if (score is null)
                {
                    continue;
                }

                for (var j = 0; j < p; j++)
                {
                    var xk = d.X[(k * p) + j] / d.Scale[j];
                    var dXH = (eStop >= first ? cumXH[(eStop * p) + j] : 0) - (eStart >= first ? cumXH[(eStart * p) + j] : 0);
                    var v = -r * ((xk * dH) - dXH);
                    if (dead)
                    {
                        v += xk - tab.XBarDeath[(eStop * p) + j] + (r * ((xk * tab.EHaz[eStop]) - tab.EXHaz[(eStop * p) + j]));
                    }

                    score[(k * p) + j] = v;
                }
            }
        }
    }
}
