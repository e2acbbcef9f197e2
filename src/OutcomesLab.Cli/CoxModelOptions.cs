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
    public CoxModelOptions(string strataDescription, TimeFromDatesOptions? dates = null)
    {
        Dates = dates ?? new();
        Strata = new Option<string?>("--strata") { Description = strataDescription, HelpName = "COLUMN" };
        Ties = SettingOptions.Names(CoxKeys.Ties);
    }

    public Option<string> Time { get; } = new("--time") { Description = "Column with the follow-up (stop) time.", Required = true, HelpName = "COLUMN" };

    public Option<string> Event { get; } = new("--event") { Description = "Column with the event indicator: 0/1, TRUE/FALSE, yes/no (or see --event-value).", Required = true, HelpName = "COLUMN" };

    public Option<string?> EventValue { get; } = new("--event-value") { Description = "The event column's value that means 'event' (like R's status == 2).", HelpName = "VALUE" };

    public Option<string?> Covariates { get; } = SettingOptions.Text(CoxKeys.Covariates, "A,B,A:B", required: true);

    public Option<string?> Factor { get; } = FactorOption.Create();

    public Option<string?> Strata { get; }

    public Option<string[]> Reference { get; } = new(CoxKeys.Reference.Option) { Description = CoxKeys.Reference.OptionDescription + " Give col=level, once per covariate.", HelpName = "COL=LEVEL", AllowMultipleArgumentsPerToken = false };

    public Option<string> Ties { get; }

    /// <summary>--time-from/--time-to/--time-unit, the alternative to --time.</summary>
    public TimeFromDatesOptions Dates { get; }

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
    public TieMethod TieMethod(CommandRun run) => CoxKeys.Ties.FromName(run.Parse.GetValue(Ties)!);

    /// <summary>Reads the cohort (warning about dropped rows) and builds the design matrix of the model terms; <paramref name="moreRoles"/> adds the roles of a command's own options and <paramref name="check"/> checks the cohort before the design is built.</summary>
    public CoxModelInput Read(CommandRun run, CsvInputOptions csv, Func<ColumnRoles, ColumnRoles>? moreRoles = null, Action<CohortData>? check = null)
    {
        var terms = CoxCommand.ParseTerms(run.Parse.GetValue(Covariates)!);
        var (table, time) = Dates.Apply(run, csv.ReadTable(run));
        var roles = new ColumnRoles
        {
            Time = time,
            Event = run.Parse.GetValue(Event)!,
            EventValue = run.Parse.GetValue(EventValue),
            Strata = run.Parse.GetValue(Strata),
            Covariates = [.. terms.Where(t => !t.Contains(':', StringComparison.Ordinal))],
            Factors = FactorOption.Read(run, Factor),
        };
        var cohort = CohortData.FromTable(table, moreRoles is null ? roles : moreRoles(roles));
        run.Warn(cohort.Diagnostics);

        check?.Invoke(cohort);
        var references = CoxCommand.ParseReferences(run.Parse.GetValue(Reference) ?? []);
        return new CoxModelInput(terms, cohort, references, CoxDesign.Build(terms, cohort, references));
    }
}
