using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using OutcomesLab.Cli.Commands;

namespace OutcomesLab.Cli;

/// <summary>
/// The <c>outcomeslab</c> command line: builds the command tree, parses, runs the handler and maps
/// every failure to the documented exit codes (0 ok, 2 invalid usage or input, 1 unexpected).
/// </summary>
internal static class CliApp
{
    public static string Version { get; } =
        ToolVersion.Current;

    /// <summary>Why a shared option on the command line does not apply to the parsed command (e.g. --format on a figure), or null.</summary>
    private static string? NotApplicable(ParseResult parse, GlobalOptions globals)
    {
        var command = parse.CommandResult.Command;
        var path = new List<string>();
        for (var r = parse.CommandResult; r.Parent is CommandResult parent; r = parent)
        {
            path.Insert(0, r.Command.Name);
        }

        var name = string.Join(' ', path);
        foreach (var option in new Option[] { globals.Format, globals.Output, globals.Force })
        {
            var names = option.Aliases.Prepend(option.Name);
            if (command.Options.Any(o => o.Name == option.Name) || !parse.UnmatchedTokens.Any(t => names.Contains(t, StringComparer.Ordinal)))
            {
                continue;
            }

            return option == globals.Format
                ? $"{option.Name} does not apply to '{name}': it {(command.Options.Any(o => o.Name == "--output") ? "writes its own format (a figure's is the extension of --output: .png, .svg, .pdf, .eps, .tif or .tiff; a report is a folder)" : "prints a short message only")}. Drop {option.Name}."
                : $"{option.Name} does not apply to '{name}', which writes no output file.";
        }

        return null;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var globals = new GlobalOptions();
        var examples = new Dictionary<Command, string[]>();
        var root = new RootCommand(
            "OutcomesLab: retention curves, quality-of-life scores, effect sizes and publication figures for research on medication treatment of opioid use disorder.");
        examples[root] = ["outcomeslab describe --input data/addicts/addicts.csv", "outcomeslab simulate --n 1000 --seed 42 --output cohort.csv"];
        var context = new CommandFactoryContext(globals, examples, stdout, stderr);
        root.Subcommands.Add(DescribeCommand.Create(context));
        root.Subcommands.Add(SimulateCommand.Create(context));
        root.Subcommands.Add(ConvertCommand.Create(context));
        root.Subcommands.Add(KmCommand.Create(context));
        root.Subcommands.Add(LogRankCommand.Create(context));
        root.Subcommands.Add(CifCommand.Create(context));
        root.Subcommands.Add(CoxCommand.Create(context));
        root.Subcommands.Add(EffectCommand.Create(context));
        root.Subcommands.Add(MetaCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(RetentionCommand.Create(context));
        root.Subcommands.Add(EpisodesCommand.Create(context));
        root.Subcommands.Add(UdsCommand.Create(context));
        root.Subcommands.Add(QolCommand.Create(context));
        root.Subcommands.Add(Table1Command.Create(context));
        root.Subcommands.Add(PlotCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));

        context.AddGlobalOptions(root);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamplesAction((HelpAction)help.Action!, examples);

        var version = root.Options.OfType<VersionOption>().Single();
        var parse = root.Parse(args);
        var asksForHelp = parse.Action is HelpWithExamplesAction || ReferenceEquals(parse.Action, version.Action);
        if (parse.Errors.Count > 0 && !asksForHelp)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            if (NotApplicable(parse, globals) is { } why)
            {
                stderr.WriteLine($"error: {why}");
            }

            var commandName = parse.CommandResult.Command == root ? "" : $" {parse.CommandResult.Command.Name}";
            stderr.WriteLine($"Run 'outcomeslab{commandName} --help' for the options and an example.");
            return ExitCodes.InvalidInput;
        }

        var verbose = parse.CommandResult.Command.Options.Contains(globals.Verbose) && parse.GetValue(globals.Verbose);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (FailureReport.IsInputProblem(ex))
        {
            stderr.WriteLine($"error: {FailureReport.Message(ex)}");
            return ExitCodes.InvalidInput;
        }
#pragma warning disable CA1031 // The last line of defence: every other failure becomes exit code 1 with a one-line message.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"error: unexpected failure ({ex.GetType().Name}): {ex.Message}");
            if (verbose)
            {
                stderr.WriteLine(ex.ToString());
            }
            else
            {
                stderr.WriteLine("Re-run with --verbose for the stack trace, and please report it.");
            }

            return ExitCodes.UnexpectedFailure;
        }
    }
}
