namespace OutcomesLab.Survival.Cox;

/// <summary>What a fitted model keeps for residuals, curves and the PH test (sorted data, fitted linear predictor).</summary>
internal sealed class CoxFitState
{
    public required CoxData Data { get; init; }

    public required bool Efron { get; init; }

    /// <summary>Coefficients on the original scale.</summary>
    public required double[] Beta { get; init; }

    /// <summary>Centred linear predictor per sorted row.</summary>
    public required double[] Eta { get; init; }

    /// <summary>w * exp(eta) per sorted row, recomputed on first use exactly as the kernel computes it.</summary>
    public double[] Risk => LazyInitializer.EnsureInitialized(ref risk, () =>
    {
        var r = new double[Eta.Length];
        for (var k = 0; k < r.Length; k++)
        {
            r[k] = Data.Weight[k] * Math.Exp(Eta[k]);
        }

        return r;
    });

    /// <summary>Model-based variance (original scale, row-major).</summary>
    public required double[] NaiveVar { get; init; }

    /// <summary>Per design column: aliased (R's NA coefficient).</summary>
    public required bool[] Aliased { get; init; }

    /// <summary>The fit without the aliased columns (what R's <c>cox.zph</c> works on), or null when none is aliased.</summary>
    public Lazy<CoxResult>? Reduced { get; init; }

    /// <summary>Label of each non-empty stratum in sorted order, or null without strata.</summary>
    public string[]? StrataLabels { get; init; }

    private CoxHazardTable? table;
    private double[]? risk;

    public CoxHazardTable Table => table ??= CoxHazardTable.Build(Data, Risk, Efron);

    /// <summary>Centred covariate j of sorted row k on the original scale.</summary>
    public double Xc(int k, int j) => Data.X[(k * Data.P) + j] / Data.Scale[j];
}
