using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project tests/OutcomesLab.Benchmarks -- --filter '*'
// Quick stopwatch probe: dotnet run -c Release --project tests/OutcomesLab.Benchmarks -- probe efron 1000000 5
if (args.Length > 0 && args[0] == "probe")
{
    return OutcomesLab.Benchmarks.Probe.Run(args);
}

if (args.Length > 0 && args[0] == "fingerprint")
{
    return OutcomesLab.Benchmarks.CoxFingerprint.Run(args);
}

if (args.Length > 4 && args[0] == "coxphases")
{
    return OutcomesLab.Benchmarks.CoxCommandPhases.Run(args);
}

if (args.Length > 1 && args[0] == "coxcsv")
{
    return OutcomesLab.Benchmarks.CoxCsvProbe.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(OutcomesLab.Benchmarks.SimulationBenchmarks).Assembly).Run(args);
return 0;
