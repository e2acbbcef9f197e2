using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace OutcomesLab.Cli;

/// <summary>Prints System.CommandLine's generated help, then the command's worked examples.</summary>
internal sealed class HelpWithExamplesAction(HelpAction inner, IReadOnlyDictionary<Command, string[]> examples) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        using var captured = new StringWriter(CultureInfo.InvariantCulture);
        parseResult.InvocationConfiguration.Output = captured;
        int code;
        try
        {
            code = inner.Invoke(parseResult);
        }
        finally
        {
            parseResult.InvocationConfiguration.Output = output;
        }

        output.Write(HelpDefaults.Rewrite(captured.ToString(), parseResult.CommandResult.Command));
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
