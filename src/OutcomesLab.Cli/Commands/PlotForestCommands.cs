using System.CommandLine;
using OutcomesLab.Plotting;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab plot forest-compare</c> and <c>plot meta</c>: forest plots from the inputs of <c>compare</c> and <c>meta</c>.</summary>
internal static class PlotForestCommands
{
    public static Command Compare(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var arms = new ArmOptions();
        var figure = new FigureOptions("journal-double");
        var outcomes = CompareCommand.OutcomesOption();
        var adjust = CompareCommand.AdjustOption();
        var confLevel = OptionParsers.ConfidenceLevel();
        var command = new Command("forest-compare", "Forest plot of the outcome-domain comparison: one row per outcome grouped by domain, standardised d with CI oriented to benefit, natural effect and adjusted p columns, 'favours' labels; from the same inputs as 'outcomeslab compare'.")
        {
            outcomes, adjust, confLevel,
        };
        csv.AddTo(command);
        arms.AddTo(command);
        figure.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var format = FigureOptions.Target(run);
                var result = CompareCommand.Compute(run, csv, arms, run.Parse.GetValue(outcomes)!.FullName, CompareKeys.Adjust.FromName(run.Parse.GetValue(adjust)!), run.Parse.GetValue(confLevel));
                var model = ForestFigure.FromDomainComparison(result, new ForestPlotOptions { Title = run.Parse.GetValue(figure.Title) });
                return FigureOptions.Write(run, ForestFigure.Create(model, figure.Read(run)), format);
            },
            "outcomeslab plot forest-compare --input data/simulated_cohort.csv --group arm --treatment buprenorphine --control methadone --outcomes data/compare_outcomes.json --output domains.png");
        return command;
    }

    public static Command Meta(CommandFactoryContext context)
    {
        var inputs = new MetaCommand.Inputs();
        var figure = new FigureOptions("journal-double");
        var command = new Command("meta", "Forest plot of a meta-analysis: study squares sized by weight, pooled diamond, prediction interval, heterogeneity; OR/RR on a log axis; from the same inputs as 'outcomeslab meta'.");
        inputs.AddTo(command);
        figure.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var format = FigureOptions.Target(run);
                var (fit, measure, ratio, _, studies) = inputs.Compute(run);
                var model = ForestFigure.FromMetaAnalysis(
                    fit,
                    [.. studies.Select(s => s.Yi)],
                    [.. studies.Select(s => s.Vi)],
                    [.. studies.Select(s => s.Label)],
                    ratio,
                    measure,
                    new ForestPlotOptions { Title = run.Parse.GetValue(figure.Title) });
                return FigureOptions.Write(run, ForestFigure.Create(model, figure.Read(run)), format);
            },
            "outcomeslab plot meta --input data/examples/dat_bcg.csv --measure RR --ai tpos --bi tneg --ci cpos --di cneg --study author --output meta.png");
        return command;
    }
}
