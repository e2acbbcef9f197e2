using System.CommandLine;
using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab plot uds-heatmap</c>: patients × weeks of urine screens, from the inputs of <c>outcomeslab uds</c>.</summary>
internal static class PlotUdsHeatmapCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var inputs = new UdsWordInputs();
        var figure = new FigureOptions("journal-single");
        var dispensing = new Option<FileInfo?>("--dispensing") { Description = "Dosing records (as for 'outcomeslab retention', same --id and --day columns): sort patients by time in treatment instead of by their last week with a sample.", HelpName = "FILE" };
        var gap = new Option<EpisodeGap?>("--gap") { Description = "Permissible gap for the time in treatment with --dispensing (default none: first to last dose).", HelpName = "DAYS|none", CustomParser = RetentionCommand.ParseGap };
        var horizon = new Option<int?>("--horizon") { Description = "Cap the time in treatment at this many days (with --dispensing).", HelpName = "DAYS" };
        var command = new Command("uds-heatmap", "Heat-map of weekly urine screens (+ positive, - negative, o missing, * mixed): one row per patient, grouped by arm and sorted by time in treatment, from the same inputs as 'outcomeslab uds'. When the patients outnumber the device pixels of the plot's height at --dpi, each row is k consecutive patients of an arm showing each week's most frequent state (ties: positive, mixed, negative, missing), and the y-axis title says 'k per row'.");
        foreach (var option in inputs.WordOptions.Concat([dispensing, gap, horizon]))
        {
            command.Options.Add(option);
        }

        inputs.Index.AddTo(command);
        figure.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var format = FigureOptions.Target(run);
                var (words, cohort) = inputs.Build(run);
                IReadOnlyList<double>? time = null;
                if (run.Parse.GetValue(dispensing) is { } file)
                {
                    var table = run.ReadRecordTable(file, "--dispensing");
                    var records = DispensingRecordsReader.Read(table, run.Parse.GetValue(inputs.Id)!, run.Parse.GetValue(inputs.Day)!, null, null, null);
                    var retention = RetentionAnalysis.Analyze(records, cohort, new RetentionOptions
                    {
                        Episodes = new EpisodeOptions { Gap = run.Parse.GetValue(gap) ?? EpisodeGap.None },
                        Horizon = run.Parse.GetValue(horizon),
                    });
                    time = retention.TimeInTreatment;
                }

                var options = new UdsHeatmapPlotOptions
                {
                    Preset = figure.Read(run),
                    TimeInTreatment = time,
                    Title = run.Parse.GetValue(figure.Title),
                };
                return FigureOptions.Write(run, UdsHeatmapFigure.Create(words, options), format);
            },
            "outcomeslab plot uds-heatmap --uds data/ctn0027/uds.csv --visits data/ctn0027/visit.csv --visit-filter what=visit --id who --day when --substance Opioid --index data/ctn0027/randomization.csv --index-day when --index-filter which=1 --group treatment --output uds.png",
            "outcomeslab plot uds-heatmap --uds data/ctn0027/uds.csv --visits data/ctn0027/visit.csv --visit-filter what=visit --id who --day when --substance Opioid --index data/ctn0027/randomization.csv --index-day when --index-filter which=1 --group treatment --dispensing data/ctn0027/treatment.csv --horizon 168 --output uds.svg");
        return command;
    }
}
