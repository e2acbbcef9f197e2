namespace OutcomesLab.Inference;

/// <summary>Options of <see cref="Bootstrap"/>.</summary>
public sealed record BootstrapOptions
{
    /// <summary>The defaults: 2000 replicates, seed 1, 95%, all cores.</summary>
    public static BootstrapOptions Default { get; } = new();

    /// <summary>Number of bootstrap replicates B (R <c>boot(R = )</c>); at least 2.</summary>
    public int Replicates { get; init; } = 2000;

    /// <summary>Seed; replicate b draws from a stream derived from (seed, b), so results do not depend on the number of threads.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Confidence level (R <c>boot.ci(conf = )</c>).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Maximum threads (−1 = all cores). Does not change the result.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Receives the number of completed replicates (about every 1%), or null.</summary>
    public IProgress<int>? Progress { get; init; }

    /// <summary>Cancels a long run.</summary>
    public CancellationToken CancellationToken { get; init; }
}
