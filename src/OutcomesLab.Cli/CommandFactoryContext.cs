using System.CommandLine;

namespace OutcomesLab.Cli;

/// <summary>Shared state while building the command tree: global options, the examples registry and the console writers.</summary>
internal sealed record CommandFactoryContext(
    GlobalOptions Globals,
    Dictionary<Command, string[]> Examples,
    TextWriter Stdout,
    TextWriter Stderr)
{
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
