using System.CommandLine;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab describe</c>: the first look at a cohort file.</summary>
internal static class DescribeCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "The cohort CSV file.", Required = true, HelpName = "FILE" };
        var command = new Command("describe", "Summarise a cohort CSV: rows, columns, detected type, missing count, levels of categorical columns, min/max of numeric ones.") { input };
        context.Bind(command, run => throw new UsageException("describe is wired once the loader lands"), "outcomeslab describe --input data/addicts.csv");
        return command;
    }
}
