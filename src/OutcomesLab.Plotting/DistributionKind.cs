namespace OutcomesLab.Plotting;

/// <summary>How a distribution figure draws each group.</summary>
public enum DistributionKind
{
    /// <summary>Tukey box plots, one per group.</summary>
    Box,

    /// <summary>Histogram bars on the shared breaks, groups side by side within each bin.</summary>
    Histogram,
}
