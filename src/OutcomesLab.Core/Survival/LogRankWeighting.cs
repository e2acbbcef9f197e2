namespace OutcomesLab.Survival;

/// <summary>Weight function w(t) of a weighted log-rank test.</summary>
public enum LogRankWeighting
{
    /// <summary>w = 1: the log-rank (Mantel–Haenszel) test, R <c>survdiff(rho = 0)</c> (the default).</summary>
    LogRank,

    /// <summary>
    /// Harrington–Fleming G-rho: w = Ŝ(t−)^rho with Ŝ the pooled left-continuous Kaplan–Meier within
    /// stratum, R <c>survdiff(rho = )</c>; rho = 1 is the Peto–Peto modification of the Gehan–Wilcoxon test.
    /// </summary>
    GRho,

    /// <summary>Fleming–Harrington G(p, q): w = Ŝ(t−)^p (1 − Ŝ(t−))^q (as <c>FHtest</c>/<c>survMisc</c>; p = rho, q = 0 is G-rho).</summary>
    FlemingHarrington,

    /// <summary>Gehan–Breslow generalised Wilcoxon: w = n(t), the pooled number at risk.</summary>
    GehanBreslow,

    /// <summary>Tarone–Ware: w = sqrt(n(t)).</summary>
    TaroneWare,
}
