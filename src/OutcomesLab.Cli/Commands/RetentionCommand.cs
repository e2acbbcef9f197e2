using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab retention</c>: treatment episodes and retention from long dosing or dispensing records, with the gap-sensitivity sweep.</summary>
internal static class RetentionCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var records = new DispensingOptions();
        var gap = SettingOptions.Parsed(RetentionKeys.Gap, "DAYS|none", ParseGap);
        var sweep = SettingOptions.Parsed(RetentionKeys.GapSweep, "LIST", ParseGaps);
        var retainedAt = SettingOptions.Parsed(RetentionKeys.RetainedAt, "90,161,180", ParseDays);
        retainedAt.DefaultValueFactory = _ => [.. RetentionKeys.RetainedAt.Default];
        var horizon = SettingOptions.Create(RetentionKeys.Horizon, "DAYS");
        var completionDay = SettingOptions.Create(RetentionKeys.CompletionDay, "DAY");
        var dataEnd = SettingOptions.Create(RetentionKeys.DataEnd, "DAY");
        var censorDay = SettingOptions.Text(RetentionKeys.CensorDay, "COLUMN");
        var itt = SettingOptions.Create(RetentionKeys.Itt);
        var episodesOut = new Option<FileInfo?>("--episodes-out") { Description = "Also write every treatment episode to this CSV.", HelpName = "FILE" };
        var patientsOut = new Option<FileInfo?>("--patients-out") { Description = "Also write the per-patient retention table (time, dropout, days covered, PDC) to this CSV.", HelpName = "FILE" };
        var index = new IndexOptions();
        var command = new Command("retention", "Retention in treatment from dosing or dispensing records: episodes by a permissible gap, time in treatment, retained at day D, and a gap-sensitivity sweep.");
        records.AddTo(command);
        foreach (var option in new Option[] { gap, sweep, retainedAt, horizon, completionDay, dataEnd, censorDay, itt, episodesOut, patientsOut })
        {
            command.Options.Add(option);
        }

        index.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var gapValue = run.Parse.GetValue(gap);
                var sweepValue = run.Parse.GetValue(sweep) is { Length: > 0 } swept ? swept : null;
                if (gapValue is not null && sweepValue is not null)
                {
                    throw new UsageException("Give either --gap (one analysis) or --gap-sweep (one analysis per gap, e.g. 7,14,30,none), not both: with --gap-sweep every gap of the list is used and --gap would change nothing.");
                }

                if (gapValue is null && sweepValue is null)
                {
                    throw new UsageException("Give --gap DAYS|none (or --gap-sweep 7,14,30,none): retention rates depend strongly on the permissible gap, so there is no default.");
                }

                var dispensing = records.Read(run, out var dated);
                var cohort = index.Read(run, records.IdColumn(run), run.Parse.GetValue(censorDay), dated, dispensing);
                if (dated && run.Parse.GetValue(dataEnd) is not null)
                {
                    throw new UsageException("--data-end is a study day, but --day names fill dates: leave --data-end out (the data end is then the last covered date of any record), or give the records as study days.");
                }

                var options = new RetentionSettings(
                    gapValue ?? sweepValue![0],
                    records.SwitchRule(run),
                    run.Parse.GetValue(retainedAt)!,
                    run.Parse.GetValue(horizon),
                    run.Parse.GetValue(completionDay),
                    run.Parse.GetValue(dataEnd),
                    run.Parse.GetValue(itt))
                {
                    Overlap = records.OverlapRule(run),
                }.ToOptions("--horizon", "--completion-day");

                var episodesFile = run.Parse.GetValue(episodesOut);
                var patientsFile = run.Parse.GetValue(patientsOut);
                run.CheckOutputTarget(episodesFile?.FullName, patientsFile?.FullName);
                if (sweepValue is not null)
                {
                    var result = RetentionAnalysis.GapSweep(dispensing, cohort, sweepValue, options);
                    WriteSideFiles(run, result.Results[^1], episodesFile, patientsFile, dated);
                    Warn(run, result.Results[0]);
                    run.Emit(run.Format == OutputFormat.Json ? RetentionJson.Write(result, options) : TableRenderer.Render([RetentionTables.Sweep(result, options)], run.Format));
                }
                else
                {
                    var result = RetentionAnalysis.Analyze(dispensing, cohort, options);
                    WriteSideFiles(run, result, episodesFile, patientsFile, dated);
                    Warn(run, result);
                    run.Emit(run.Format == OutputFormat.Json ? RetentionJson.Write(result) : TableRenderer.Render([RetentionTables.Summary(result)], run.Format));
                }

                return ExitCodes.Ok;
            },
            "outcomeslab retention --dispensing data/ctn0027/treatment.csv --id who --day when --dose amount --gap none --index data/ctn0027/randomization.csv --index-day when --index-filter which=1 --group treatment --retained-at 30,90,161 --horizon 168 --completion-day 161 --format json",
            "outcomeslab retention --dispensing data/ctn0027/treatment.csv --id who --day when --gap-sweep 7,14,30,none --index data/ctn0027/randomization.csv --index-day when --index-filter which=1 --group treatment --retained-at 161 --horizon 168 --completion-day 161");
        return command;
    }

    private static void Warn(CommandRun run, RetentionResult result)
    {
        run.Warn(result.Diagnostics);
    }

    internal static EpisodeGap? ParseGap(ArgumentResult r)
    {
        var text = r.Tokens.Count == 0 ? "" : r.Tokens[0].Value;
        if (EpisodeGap.TryParse(text, out var gap))
        {
            return gap;
        }

        r.AddError($"--gap \"{text}\": expected a whole number of days (e.g. 14), 'none' (one episode from the first to the last dose), or per-medication gaps such as 30;methadone=7.");
        return null;
    }

    internal static EpisodeGap[]? ParseGaps(ArgumentResult r)
    {
        var parts = string.Join(",", r.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var gaps = new List<EpisodeGap>();
        foreach (var p in parts)
        {
            if (!EpisodeGap.TryParse(p, out var g))
            {
                r.AddError($"--gap-sweep \"{p}\": expected gaps separated by commas, each a whole number of days or 'none' (e.g. 7,14,30,none).");
                return null;
            }

            gaps.Add(g);
        }

        if (gaps.Count == 0)
        {
            r.AddError("--gap-sweep needs at least one gap, e.g. 7,14,30,none.");
            return null;
        }

        return [.. gaps];
    }

    internal static int[] ParseDays(ArgumentResult r)
    {
        var parts = string.Join(",", r.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var days = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out days[i]))
            {
                r.AddError($"--retained-at \"{parts[i]}\": expected whole numbers of days separated by commas, e.g. 90,161,180.");
                return [];
            }
        }

        return days;
    }

    /// <summary>The per-episode and per-patient files; with fill dates, episode start and end are written as dates (the analysis holds them as days since 1970-01-01).</summary>
    private static void WriteSideFiles(CommandRun run, RetentionResult result, FileInfo? episodes, FileInfo? patients, bool dated)
    {
        if (episodes is not null)
        {
            var e = result.Episodes;
            var sb = new StringBuilder("patient,episode,start,end,records,covered_days,medication,max_dose\n");
            var k = 0;
            for (var i = 0; i < e.Count; i++)
            {
                k = i > 0 && e.Patient[i] == e.Patient[i - 1] ? k + 1 : 1;
                sb.Append(CultureInfo.InvariantCulture, $"{CsvCell.Format(e.Patients[e.Patient[i]])},{k},{Day(e.Start[i], dated)},{Day(e.End[i], dated)},{e.Records[i]},{e.CoveredDays[i]},{CsvCell.Format(e.Medication[i] ?? "")},{Num(e.MaxDose[i])}\n");
            }

            run.WriteOutputFile(episodes.FullName, s => s.Write(Encoding.UTF8.GetBytes(sb.ToString())));
        }

        if (patients is not null)
        {
            var sb = new StringBuilder("patient,group,started,time,dropout,completed,episode_end,episodes,days_covered,pdc,continuity,max_dose\n");
            for (var i = 0; i < result.Patients.Length; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{CsvCell.Format(result.Patients[i])},{CsvCell.Format(result.Groups[i])},{Bit(result.Started[i])},{Num(result.TimeInTreatment[i])},{Bit(result.Dropout[i])},{Bit(result.Completed(i))},{result.EpisodeEnd[i]?.ToString(CultureInfo.InvariantCulture) ?? ""},{result.EpisodeCount[i]},{result.DaysCovered[i]},{Num(result.ProportionDaysCovered[i])},{Bit(result.Continuity[i])},{Num(result.MaxDose[i])}\n");
            }

            run.WriteOutputFile(patients.FullName, s => s.Write(Encoding.UTF8.GetBytes(sb.ToString())));
        }
    }

    private static string Day(int day, bool dated) =>
        dated ? DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : day.ToString(CultureInfo.InvariantCulture);

    private static string Bit(bool b) => b ? "1" : "0";

    private static string Num(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
