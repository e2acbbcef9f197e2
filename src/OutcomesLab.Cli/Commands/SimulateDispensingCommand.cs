using System.CommandLine;
using System.Globalization;
using OutcomesLab.IO;
using OutcomesLab.Simulation;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab simulate dispensing</c>: synthetic long dispensing records from the documented generative model of <see cref="DispensingSimulator"/>, sorted by patient then day.</summary>
internal static class SimulateDispensingCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var patients = new Option<long?>("--patients") { Description = "Number of patients (ids 1..N).", HelpName = "N" };
        var rows = new Option<long?>("--rows") { Description = "Instead of --patients: add patients until at least this many rows are written (about 95 rows per patient; 100000000 gives a file of about 2.5 GB).", HelpName = "ROWS" };
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed gives a byte-identical file on any machine.", DefaultValueFactory = _ => 20261127UL, HelpName = "S" };
        var followUp = new Option<int>("--follow-up-days") { Description = "Administrative end of the data: no record on or after this study day (at least 30).", DefaultValueFactory = _ => 365 };
        var command = new Command("dispensing", "Write synthetic dispensing records (patient, day, medication, days_supplied, dose_mg), sorted by patient then day: methadone daily doses, buprenorphine take-homes of 1-28 days, monthly XR-naltrexone, with late refills and dropout. The input of 'outcomeslab episodes' and 'retention'; the generative model is in DispensingSimulator's documentation and data/README.md.")
        {
            patients, rows, seed, followUp,
        };
        context.Writes(command, CommandOutput.DataFile);
        context.Bind(
            command,
            run => Run(run, run.Parse.GetValue(patients), run.Parse.GetValue(rows), run.Parse.GetValue(seed), run.Parse.GetValue(followUp)),
            "outcomeslab simulate dispensing --patients 1000 --seed 42 --output dispensing.csv",
            "outcomeslab simulate dispensing --rows 1000000 --seed 1 --output dispensing-1e6.csv");
        return command;
    }

    private static int Run(CommandRun run, long? patients, long? rows, ulong seed, int followUpDays)
    {
        if (run.Output is null)
        {
            throw new UsageException("simulate dispensing needs --output FILE. Example: outcomeslab simulate dispensing --patients 1000 --seed 42 --output dispensing.csv");
        }

        if (patients is null == rows is null)
        {
            throw new UsageException("Give exactly one of --patients N or --rows ROWS.");
        }

        if (patients < 1 || rows < 1)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--patients and --rows must be at least 1; found {patients ?? rows}."));
        }

        if (followUpDays < 30)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--follow-up-days must be at least 30; found {followUpDays}."));
        }

        run.CheckOutputTarget();
        var options = new DispensingSimulationOptions(patients ?? 0, seed, rows, followUpDays);
        long written = 0;
        void Write(IProgress<long>? progress) =>
            run.WriteOutputFile(run.Output.FullName, stream => written = SimulatedDispensingCsvWriter.Write(stream, options, progress));
        var expected = rows ?? (patients!.Value * 95);
        if (expected >= 5_000_000)
        {
            run.Progress("simulating", expected, Write);
        }
        else
        {
            Write(null);
        }

        run.Note(string.Create(CultureInfo.InvariantCulture, $"wrote {written} dispensing records to {run.Output} (seed {seed})."));
        return ExitCodes.Ok;
    }
}
