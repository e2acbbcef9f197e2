using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace OutcomesLab.Cli;

/// <summary>Prints System.CommandLine's generated help, then the command's worked examples.</summary>
internal sealed class HelpWithExamplesAction(HelpAction inner, IReadOnlyDictionary<Command, string[]> examples) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var code = inner.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
        {
            output.WriteLine("Examples:");
            foreach (var line in lines)
            {
                output.WriteLine($"  {line}");
            }

            output.WriteLine();
        }

        return code;
    }
}
