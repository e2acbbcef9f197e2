using System.CommandLine;

namespace OutcomesLab.Cli;

/// <summary>Shared state while building the command tree: global options, the examples registry and the console writers.</summary>
internal sealed record CommandFactoryContext(
    GlobalOptions Globals,
    Dictionary<Command, string[]> Examples,
    TextWriter Stdout,
    TextWriter Stderr)
{
    /// <summary>What each command writes when it is not a <see cref="CommandOutput.Result"/> (set with <see cref="Writes"/>).</summary>
    public Dictionary<Command, CommandOutput> Outputs { get; } = [];

    /// <summary>Declares what <paramref name="command"/> writes, which decides the global options it accepts.</summary>
    public void Writes(Command command, CommandOutput output) => Outputs[command] = output;

    /// <summary>Adds to every command with a handler, below <paramref name="root"/>, the global options that apply to what it writes.</summary>
    public void AddGlobalOptions(Command root)
    {
        foreach (var command in root.Subcommands)
        {
            if (command.Action is not null)
            {
                foreach (var option in Globals.For(Outputs.GetValueOrDefault(command, CommandOutput.Result)))
                {
                    command.Options.Add(option);
                }
            }

            AddGlobalOptions(command);
        }
    }

    /// <summary>Registers the handler of <paramref name="command"/> and its examples for --help; the run's warnings are printed when the handler returns or throws.</summary>
    public void Bind(Command command, Func<CommandRun, int> handler, params string[] examples)
    {
        Examples[command] = examples;
        command.SetAction(parse =>
        {
            var run = new CommandRun(parse, Globals, Stdout, Stderr);
            try
            {
                return handler(run);
            }
            finally
            {
                run.FlushWarnings();
            }
        });
    }
}
