using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// A short job (one launch, 2 warm-ups, 7 measured iterations) so the whole suite runs in minutes;
/// the reported figure to quote is the median.
/// </summary>
public sealed class ShortConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ShortConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Throughput)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(7)
            .WithId("Short"));
        AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median);
    }
}
