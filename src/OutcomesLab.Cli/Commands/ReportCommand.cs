using System.CommandLine;
using OutcomesLab.Reporting.Output;
using Spectre.Console;

namespace OutcomesLab.Cli.Commands;

/// <summary>
/// <c>outcomeslab report [--plan PLAN]</c>: runs an analysis plan and writes the report folder
/// (--output, default ./outcomeslab-report): report.html, report.md, tables/*.csv and *.tex, figures/*.png and
/// *.svg, provenance.json. Without --plan it runs the bundled example plan on the bundled data.
/// </summary>
internal static class ReportCommand
{
    /// <summary>The report folder used when --output is not given.</summary>
    public const string DefaultFolder = "outcomeslab-report";

    /// <summary>The bundled example plan, copied beside the executable.</summary>
    public static string BundledPlan => Path.Combine(AppContext.BaseDirectory, "examples", "report-plan.json");

    public static Command Create(CommandFactoryContext context)
    {
        var plan = new Option<FileInfo?>("--plan", "-p") { Description = "The analysis plan (JSON; see docs/analysis-plan.md and 'outcomeslab plan keys'). Default: the bundled example plan on the bundled CTN-0027, addicts and simulated data.", HelpName = "PLAN" };
        var validateOnly = new Option<bool>("--validate-only") { Description = "Only validate the plan (as 'outcomeslab plan check'); run nothing and write nothing." };
        var command = new Command("report", "Run an analysis plan and write a report folder: self-contained HTML and Markdown reports with tables, figures and a generated methods paragraph, every table as CSV, every figure as PNG and SVG, and provenance.json. --output names the folder (default ./outcomeslab-report); --force replaces it.")
        {
            plan, validateOnly,
        };
        context.Writes(command, CommandOutput.Folder);
        context.Bind(
            command,
            run => Run(run, run.Parse.GetValue(plan)?.ToString(), run.Parse.GetValue(validateOnly), quiet: run.Quiet),
            "outcomeslab report",
            "outcomeslab plan init my-plan.json && outcomeslab report --plan my-plan.json --output my-report",
            "outcomeslab plan init my-plan.json && outcomeslab report --plan my-plan.json --validate-only");
        return command;
    }

    /// <summary>Validates the plan, checks the output folder, runs the analyses and writes the report.</summary>
    /// <param name="run">The invocation.</param>
    /// <param name="planFile">The plan, or null for the bundled example.</param>
    /// <param name="validateOnly">Stop after validation.</param>
    /// <param name="quiet">No progress display (the global <c>--quiet</c>); warnings are still printed once each, as for every command, and listed in the report.</param>
    public static int Run(CommandRun run, string? planFile, bool validateOnly, bool quiet)
    {
        planFile ??= BundledPlan;
        if (!File.Exists(planFile))
        {
            throw new UsageException(planFile == BundledPlan
                ? $"The bundled example plan is missing ({BundledPlan}); reinstall OutcomesLab or give --plan."
                : $"--plan {planFile}: no such file. Check the path.");
        }

        var plan = AnalysisPlan.Load(planFile);
        if (validateOnly)
        {
            run.Stdout.WriteLine(PlanCommand.Summary(plan));
            return ExitCodes.Ok;
        }

        using var output = ReportOutputDirectory.Reserve(run.Output?.ToString() ?? DefaultFolder, run.Force, [plan.FullPath, .. plan.DatasetFiles], ReportFolderWording.Cli);
        var target = output.Target;
        ReportResult result;
        IReadOnlyList<string> written;
        if (!quiet && !Console.IsErrorRedirected && ReferenceEquals(run.Stderr, Console.Error))
        {
            (result, written) = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
                .Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var analyses = ctx.AddTask("analyses", maxValue: plan.Analyses.Length);
                    var r = Report.Run(plan, new ReportOptions
                    {
                        Progress = (i, id) =>
                        {
                            analyses.Value = i;
                            analyses.Description = $"analysis {id}";
                        },
                    });
                    analyses.Value = plan.Analyses.Length;
                    analyses.Description = "analyses";
                    var figures = ctx.AddTask("figures", maxValue: Math.Max(1, r.Sections.Sum(s => s.Figures.Length)));
                    var w = ReportWriter.Write(r, output, name =>
                    {
                        figures.Description = $"figure {name}";
                        figures.Increment(1);
                    });
                    figures.Value = figures.MaxValue;
                    figures.Description = "figures";
                    return (r, (IReadOnlyList<string>)w);
                });
        }
        else
        {
            result = Report.Run(plan);
            written = ReportWriter.Write(result, output);
        }

        foreach (var w in result.Warnings)
        {
            run.Warn(w);
        }

        var tables = written.Count(w => w.StartsWith("tables/", StringComparison.Ordinal) && w.EndsWith(".csv", StringComparison.Ordinal));
        var figureCount = written.Count(w => w.StartsWith("figures/", StringComparison.Ordinal) && w.EndsWith(".svg", StringComparison.Ordinal));
        run.Stdout.WriteLine($"wrote {Path.Combine(target, "report.html")} ({result.Sections.Length} sections, {tables} tables, {figureCount} figures; also report.md, tables/*.csv|tex, figures/*.png|svg, provenance.json){(result.Warnings.IsEmpty ? "" : $" with {result.Warnings.Length} warning{(result.Warnings.Length == 1 ? "" : "s")}")}.");
        return ExitCodes.Ok;
    }
}
