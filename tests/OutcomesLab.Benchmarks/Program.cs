using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project tests/OutcomesLab.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(OutcomesLab.Benchmarks.SimulationBenchmarks).Assembly).Run(args);
