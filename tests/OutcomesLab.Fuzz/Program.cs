using OutcomesLab.Fuzz;
using SharpFuzz;

// Usage: OutcomesLab.Fuzz TARGET            -- run under afl-fuzz (see fuzz.sh)
//        OutcomesLab.Fuzz TARGET FILE...    -- replay inputs once each (reproduce a finding)
if (args.Length == 0 || CreateTarget(args[0]) is not { } target)
{
    await Console.Error.WriteLineAsync("usage: OutcomesLab.Fuzz csv|args|plan [FILE...]").ConfigureAwait(false);
    return 64;
}

if (args.Length > 1)
{
    var failures = 0;
    foreach (var file in args[1..])
    {
        try
        {
            target.Run(await File.ReadAllBytesAsync(file).ConfigureAwait(false));
            Console.WriteLine(target is ArgsTarget { LastExitCode: { } code } ? $"ok    {file} (exit {code})" : $"ok    {file}");
        }
#pragma warning disable CA1031 // Replay reports every exception type; that is its purpose.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failures++;
            Console.WriteLine($"CRASH {file}\n{ex}");
        }
    }

    return failures == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target.Run(buffer.ToArray());
});
return 0;

static IFuzzTarget? CreateTarget(string name) => name switch
{
    "csv" => new CsvTarget(),
    "args" => new ArgsTarget(),
    "plan" => new PlanTarget(),
    _ => null,
};
