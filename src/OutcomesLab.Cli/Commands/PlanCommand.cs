using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab plan init FILE</c> (the bundled plan as a starting point), <c>plan check PLAN</c> (validate an analysis plan) and <c>plan keys</c> (every kind and key with its description and default).</summary>
internal static partial class PlanCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var command = new Command("plan", "Analysis plans for 'outcomeslab report': write the example plan as a starting point, validate a plan, or list every analysis kind and key.");
        var target = new Argument<FileInfo>("FILE") { Description = "Where to write the plan (an existing file is replaced only with --force)." };
        var init = new Command("init", "Write the bundled example plan (every analysis kind, on the bundled data) to FILE as a starting point; its data paths stay relative where FILE's folder has the same data/ files (a clone) and point at the bundled copies otherwise.") { target };
        context.Writes(init, CommandOutput.ArgumentFile);
        context.Bind(
            init,
            run =>
            {
                var path = run.Parse.GetValue(target)!.FullName;
                run.RegisterInput(ReportCommand.BundledPlan);
                run.CheckOutputTarget(path);
                var text = Retarget(File.ReadAllText(ReportCommand.BundledPlan), Path.GetDirectoryName(ReportCommand.BundledPlan)!, Path.GetDirectoryName(path)!);
                run.WriteOutputFile(path, s => s.Write(new UTF8Encoding(false).GetBytes(text)));
                run.Note($"wrote {path}: edit it, then run 'outcomeslab plan check {run.Parse.GetValue(target)}' and 'outcomeslab report --plan {run.Parse.GetValue(target)}'.");
                return ExitCodes.Ok;
            },
            "outcomeslab plan init my-plan.json");
        var file = new Argument<FileInfo>("PLAN") { Description = "The analysis plan (JSON; comments and trailing commas allowed)." };
        var check = new Command("check", "Validate an analysis plan without running it: every problem is reported with file, line, column and JSON path (exit code 2).") { file };
        context.Writes(check, CommandOutput.Message);
        context.Bind(
            check,
            run =>
            {
                var plan = AnalysisPlanReader.Read(run.Parse.GetValue(file)!.ToString());
                run.Stdout.WriteLine(Summary(plan));
                return ExitCodes.Ok;
            },
            "outcomeslab plan init my-plan.json && outcomeslab plan check my-plan.json");
        var keys = new Command("keys", "List every analysis kind and every plan key with its type, default and description (--format markdown for the docs).");
        context.Bind(
            keys,
            run =>
            {
                run.Emit(PlanKeysDocument.Render(run.Format));
                return ExitCodes.Ok;
            },
            "outcomeslab plan keys",
            "outcomeslab plan keys --format markdown");
        command.Subcommands.Add(init);
        command.Subcommands.Add(check);
        command.Subcommands.Add(keys);
        context.Examples[command] = ["outcomeslab plan init my-plan.json", "outcomeslab plan init my-plan.json && outcomeslab plan check my-plan.json", "outcomeslab plan keys"];
        return command;
    }

    /// <summary>
    /// The plan text with every relative data path (<c>"file"</c>, <c>"outcomes_file"</c>) made to
    /// resolve from <paramref name="toFolder"/>: kept when the same relative path exists there (a
    /// clone's data folder), else the absolute path of the bundled copy beside <paramref name="fromFolder"/>.
    /// </summary>
    internal static string Retarget(string planText, string fromFolder, string toFolder) =>
        DataPath().Replace(planText, m =>
        {
            var relative = m.Groups["path"].Value;
            if (Path.IsPathRooted(relative) || File.Exists(Path.Combine(toFolder, relative)))
            {
                return m.Value;
            }

            var bundled = Path.GetFullPath(Path.Combine(fromFolder, relative)).Replace('\\', '/');
            return $"{m.Groups["key"].Value}\"{bundled}\"";
        });

    [GeneratedRegex("(?<key>\"(?:file|outcomes_file)\"\\s*:\\s*)\"(?<path>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex DataPath();

    /// <summary>The one-line confirmation of a valid plan.</summary>
    public static string Summary(AnalysisPlan plan) =>
        $"{plan.Document.File}: valid plan \"{plan.Title}\" with {plan.Datasets.Length} dataset{(plan.Datasets.Length == 1 ? "" : "s")} and {plan.Analyses.Length} analys{(plan.Analyses.Length == 1 ? "is" : "es")} ({string.Join(", ", plan.Analyses.Select(a => a.Id))}).";
}
