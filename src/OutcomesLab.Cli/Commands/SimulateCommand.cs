using System.CommandLine;
using System.Text;
using OutcomesLab.IO;
using OutcomesLab.Simulation;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab simulate</c>: writes a synthetic MOUD cohort from the documented generative model of <see cref="CohortSimulator"/>.</summary>
internal static class SimulateCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var n = new Option<long>("--n") { Description = "Number of patients (1 to 2,147,483,647).", Required = true, HelpName = "N" };
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed gives a byte-identical file on any machine.", DefaultValueFactory = _ => 20261127UL, HelpName = "S" };
        var sites = new Option<int>("--sites") { Description = "Number of treatment sites (1-99).", DefaultValueFactory = _ => 8 };
        var followUp = new Option<int>("--follow-up-days") { Description = "Administrative end of follow-up in days.", DefaultValueFactory = _ => 365 };
        var noise = new Option<int>("--noise-covariates") { Description = $"Append K columns z1..zK of seeded standard-normal noise in full precision (0-{NoiseCovariates.MaxCount}); they do not affect any outcome. For benchmarks on wide files.", DefaultValueFactory = _ => 0, HelpName = "K" };
        var command = new Command("simulate", "Write a realistic synthetic MOUD cohort (id, site, arm, age, sex, dose_mg, time_days, event, event_type, EQ-5D-5L items and EQ VAS at baseline and week 24) as CSV. See data/README.md for the generative model.")
        {
            n, seed, sites, followUp, noise,
        };
        command.Subcommands.Add(SimulateDispensingCommand.Create(context));
        context.Writes(command, CommandOutput.DataFile);
        context.Bind(
            command,
            run => Run(run, run.Parse.GetValue(n), run.Parse.GetValue(seed), run.Parse.GetValue(sites), run.Parse.GetValue(followUp), run.Parse.GetValue(noise)),
            "outcomeslab simulate --n 1000 --seed 42 --output cohort.csv",
            "outcomeslab simulate --n 100000 --seed 42 --noise-covariates 5 --output wide.csv",
            "outcomeslab simulate --n 1000 --seed 1 --output cohort.csv --force");
        return command;
    }

    private static int Run(CommandRun run, long count, ulong seed, int sites, int followUpDays, int noiseColumns)
    {
        if (run.Output is null)
        {
            throw new UsageException("simulate needs --output FILE (the cohort is written as CSV). Example: outcomeslab simulate --n 1000 --seed 42 --output cohort.csv");
        }

        if (count < 1 || count > int.MaxValue)
        {
            throw new UsageException($"--n must be between 1 and {int.MaxValue}; found {count}.");
        }

        if (sites is < 1 or > 99)
        {
            throw new UsageException($"--sites must be between 1 and 99; found {sites}.");
        }

        if (followUpDays < 1)
        {
            throw new UsageException($"--follow-up-days must be at least 1; found {followUpDays}.");
        }

        if (noiseColumns is < 0 or > NoiseCovariates.MaxCount)
        {
            throw new UsageException($"--noise-covariates must be between 0 and {NoiseCovariates.MaxCount}; found {noiseColumns}.");
        }

        run.CheckOutputTarget();
        var options = new CohortSimulationOptions(count, seed, sites, followUpDays);
        long written = 0;
        void WriteCohort(IProgress<long>? progress) =>
            run.WriteOutputFile(run.Output.FullName, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20, leaveOpen: true);
                written = SimulatedCohortCsvWriter.Write(writer, CohortSimulator.Generate(options), progress, noiseColumns == 0 ? null : new NoiseCovariates(noiseColumns, seed));
            });

        if (count >= 200_000)
        {
            run.Progress("simulating", count, WriteCohort);
        }
        else
        {
            WriteCohort(null);
        }

        run.Note($"wrote {written} patients to {run.Output} (seed {seed}).");
        return ExitCodes.Ok;
    }
}
