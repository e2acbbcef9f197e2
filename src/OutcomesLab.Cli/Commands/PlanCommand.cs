using System.CommandLine;
using OutcomesLab.Cli.Reporting;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab plan check PLAN</c> (validate an analysis plan) and <c>outcomeslab plan keys</c> (every kind and key with its description and default).</summary>
internal static class PlanCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var command = new Command("plan", "Analysis plans for 'outcomeslab report': validate a plan, or list every analysis kind and key.");
        var file = new Argument<FileInfo>("PLAN") { Description = "The analysis plan (JSON; comments and trailing commas allowed)." };
        var check = new Command("check", "Validate an analysis plan without running it: every problem is reported with file, line, column and JSON path (exit code 2).") { file };
        context.Bind(
            check,
            run =>
            {
                var plan = AnalysisPlanReader.Read(run.Parse.GetValue(file)!.ToString());
                run.Stdout.WriteLine(Summary(plan));
                return ExitCodes.Ok;
            },
            "outcomeslab plan check my-plan.json");
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
        command.Subcommands.Add(check);
        command.Subcommands.Add(keys);
        context.Examples[command] = ["outcomeslab plan check my-plan.json", "outcomeslab plan keys"];
        return command;
    }

    /// <summary>The one-line confirmation of a valid plan.</summary>
    public static string Summary(AnalysisPlan plan) =>
        $"{plan.Document.File}: valid plan \"{plan.Title}\" with {plan.Datasets.Length} dataset{(plan.Datasets.Length == 1 ? "" : "s")} and {plan.Analyses.Length} analys{(plan.Analyses.Length == 1 ? "is" : "es")} ({string.Join(", ", plan.Analyses.Select(a => a.Id))}).";
}
