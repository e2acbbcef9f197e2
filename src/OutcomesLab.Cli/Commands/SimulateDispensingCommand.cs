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
        var dates = new Option<bool>("--dates") { Description = "Claims style: write fill dates (column fill_date, yyyy-MM-dd) instead of study days; each patient enters on --start-date plus a seeded offset of 0-364 days." };
        var startDate = new Option<DateOnly?>("--start-date") { Description = "With --dates: the first possible entry date (default 2019-01-01).", HelpName = "yyyy-MM-dd", CustomParser = ParseDate };
        var codes = new Option<bool>("--codes") { Description = "Claims style: write fictional NDC-like product codes (column ndc; labelers 90001-90004, so no real product) instead of medication names, and no dose_mg column; a quarter of the patients also fill a naloxone rescue kit, which a map of treatment medications leaves out. Translate with --medication-map (see --map-out)." };
        var mapOut = new Option<FileInfo?>("--map-out") { Description = "With --codes: also write the medication map of the codes (code, medication, strength in mg per unit, description) to this CSV.", HelpName = "FILE" };
        var command = new Command("dispensing", "Write synthetic dispensing records (patient, day, medication, days_supplied, dose_mg), sorted by patient then day: methadone daily doses, buprenorphine take-homes of 1-28 days, monthly XR-naltrexone, with late refills and dropout. With --dates and --codes, claims style: fill dates and drug codes. The input of 'outcomeslab episodes' and 'retention'; the generative model is in DispensingSimulator's and ClaimsProducts' documentation and data/README.md.")
        {
            patients, rows, seed, followUp, dates, startDate, codes, mapOut,
        };
        context.Writes(command, CommandOutput.DataFile);
        context.Bind(
            command,
            run =>
            {
                var useDates = run.Parse.GetValue(dates);
                var useCodes = run.Parse.GetValue(codes);
                var start = run.Parse.GetValue(startDate);
                var map = run.Parse.GetValue(mapOut);
                if (start is not null && !useDates)
                {
                    throw new UsageException("--start-date sets the first entry date of --dates: add --dates (fill dates instead of study days), or leave --start-date out.");
                }

                if (map is not null && !useCodes)
                {
                    throw new UsageException("--map-out writes the map of the drug codes of --codes: add --codes, or leave --map-out out.");
                }

                var layout = new DispensingFileLayout { StartDate = useDates ? start ?? new DateOnly(2019, 1, 1) : null, Codes = useCodes };
                return Run(run, run.Parse.GetValue(patients), run.Parse.GetValue(rows), run.Parse.GetValue(seed), run.Parse.GetValue(followUp), layout, map);
            },
            "outcomeslab simulate dispensing --patients 1000 --seed 42 --output dispensing.csv",
            "outcomeslab simulate dispensing --patients 500 --seed 7 --dates --start-date 2019-01-01 --codes --map-out medication_map.csv --output claims.csv && outcomeslab episodes --dispensing claims.csv --id patient --day fill_date --days-supplied days_supplied --medication ndc --medication-map medication_map.csv --gap 30 --output claims-episodes.csv",
            "outcomeslab simulate dispensing --rows 1000000 --seed 1 --output dispensing-1e6.csv");
        return command;
    }

    private static DateOnly? ParseDate(System.CommandLine.Parsing.ArgumentResult r)
    {
        var text = r.Tokens.Count == 0 ? "" : r.Tokens[0].Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        r.AddError($"--start-date \"{text}\": expected a date as yyyy-MM-dd, e.g. 2019-01-01.");
        return null;
    }

    private static int Run(CommandRun run, long? patients, long? rows, ulong seed, int followUpDays, DispensingFileLayout layout, FileInfo? mapOut)
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

        run.CheckOutputTarget(mapOut?.FullName);
        var options = new DispensingSimulationOptions(patients ?? 0, seed, rows, followUpDays);
        long written = 0;
        void Write(IProgress<long>? progress) =>
            run.WriteOutputFile(run.Output.FullName, stream => written = SimulatedDispensingCsvWriter.Write(stream, options, progress, layout));
        var expected = rows ?? (patients!.Value * 95);
        if (expected >= 5_000_000)
        {
            run.Progress("simulating", expected, Write);
        }
        else
        {
            Write(null);
        }

        if (mapOut is not null)
        {
            run.WriteOutputFile(mapOut.FullName, SimulatedDispensingCsvWriter.WriteMap);
        }

        run.Note(string.Create(CultureInfo.InvariantCulture, $"wrote {written} dispensing records to {run.Output} (seed {seed})."));
        if (mapOut is not null)
        {
            run.Note($"wrote the medication map of the codes to {mapOut} (the naloxone kit {ClaimsProducts.NaloxoneKit.Code} is left out on purpose: it is not a treatment medication).");
        }
        return ExitCodes.Ok;
    }
}
