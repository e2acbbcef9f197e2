namespace OutcomesLab.Tables;

/// <summary>Options of <see cref="BaselineTable.Build"/>; the defaults are R tableone's.</summary>
public sealed record BaselineTableOptions
{
    /// <summary>The default options.</summary>
    public static BaselineTableOptions Default { get; } = new();

    /// <summary>Compute p-values (tableone <c>test = TRUE</c> prints them; default false here, since p-values in a randomised trial's Table 1 are discouraged by CONSORT).</summary>
    public bool PValues { get; init; }

    /// <summary>Yates' continuity correction for 2×2 chi-square tests (R <c>chisq.test(correct = TRUE)</c>, the default).</summary>
    public bool ContinuityCorrection { get; init; } = true;

    /// <summary>Arm order; null for the order of first appearance. The first arm is the reference of the SMDs "vs first arm".</summary>
    public IReadOnlyList<string>? GroupLevels { get; init; }
}
