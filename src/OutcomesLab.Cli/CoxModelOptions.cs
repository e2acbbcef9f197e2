using System.CommandLine;
using OutcomesLab.Cli.Commands;
using OutcomesLab.IO;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Cli;

/// <summary>
/// The model options that the Cox figures (<c>plot cox</c>, <c>plot cox-survival</c>) share with
/// <c>outcomeslab cox</c> (time, event, covariates, --factor, strata, reference levels, ties), and
/// reading the cohort and design matrix they describe.
/// </summary>
internal sealed class CoxModelOptions
{
    public CoxModelOptions(string strataDescription)
    {
        Strata = new Option<string?>("--strata") { Description = strataDescription, HelpName = "COLUMN" };
        Ties = SettingOptions.Names(CoxKeys.Ties);
    }

    public Option<string> Time { get; } = new("--time") { Description = "Column with the follow-up time.", Required = true, HelpName = "COLUMN" };

    public Option<string> Event { get; } = new("--event") { Description = "Column with the event indicator.", Required = true, HelpName = "COLUMN" };

    public Option<string?> EventValue { get; } = new("--event-value") { Description = "The event column's value that means 'event'.", HelpName = "VALUE" };

    public Option<string> Covariates { get; } = new("--covariates") { Description = "Model terms as for 'outcomeslab cox' (A,B,A:B).", Required = true, HelpName = "A,B,A:B" };

    public Option<string?> Factor { get; } = FactorOption.Create();

    public Option<string?> Strata { get; }

    public Option<string[]> Reference { get; } = new("--reference") { Description = "Reference level of a text covariate as col=level (repeatable).", HelpName = "COL=LEVEL" };

    public Option<string> Ties { get; }

    /// <summary>--time-from/--time-to/--time-unit, the alternative to --time.</summary>
    public TimeFromDatesOptions Dates { get; } = new();

    /// <summary>Adds the options to <paramref name="command"/>, in help order.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Time);
        Dates.AddTo(command, Time);
        foreach (var option in new Option[] { Event, EventValue, Covariates, Factor, Strata, Reference, Ties })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The tie method chosen with --ties.</summary>
    public TieMethod TieMethod(CommandRun run) => run.Parse.GetValue(Ties) == "breslow" ? Survival.Cox.TieMethod.Breslow : Survival.Cox.TieMethod.Efron;

    /// <summary>Reads the cohort (warning about dropped rows) and builds the design matrix of the model terms.</summary>
    public CoxModelInput Read(CommandRun run, CsvInputOptions csv)
    {
        var terms = CoxCommand.ParseTerms(run.Parse.GetValue(Covariates)!);
        var (table, time) = Dates.Apply(run, csv.ReadTable(run));
        var cohort = CohortData.FromTable(table, new ColumnRoles
        {
            Time = time,
            Event = run.Parse.GetValue(Event)!,
            EventValue = run.Parse.GetValue(EventValue),
            Strata = run.Parse.GetValue(Strata),
            Covariates = [.. terms.Where(t => !t.Contains(':', StringComparison.Ordinal))],
            Factors = FactorOption.Read(run, Factor),
        });
        foreach (var d in cohort.Diagnostics)
        {
            run.Warn(d.Message);
        }

        var references = CoxCommand.ParseReferences(run.Parse.GetValue(Reference) ?? []);
        return new CoxModelInput(terms, cohort, references, CoxDesign.Build(terms, cohort, references));
    }
}
