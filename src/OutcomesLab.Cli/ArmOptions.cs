using System.CommandLine;
using OutcomesLab.IO;

namespace OutcomesLab.Cli;

/// <summary>The two-arm options of the effect-size commands: --group, --treatment, --control.</summary>
internal sealed class ArmOptions
{
    public Option<string> Group { get; } = new("--group", "-g") { Description = "Column with the arms (comparison groups).", Required = true, HelpName = "COLUMN" };

    public Option<string> Treatment { get; } = new("--treatment") { Description = "The arm level treated as 'treatment': differences are treatment minus control, ratios treatment over control.", Required = true, HelpName = "LEVEL" };

    public Option<string> Control { get; } = new("--control") { Description = "The reference (control) arm level.", Required = true, HelpName = "LEVEL" };

    public void AddTo(Command command)
    {
        command.Options.Add(Group);
        command.Options.Add(Treatment);
        command.Options.Add(Control);
    }

    /// <summary>
    /// Reads the arm column and checks both levels exist. Returns per row 1 = treatment, 2 = control,
    /// 0 = another arm, -1 = missing arm.
    /// </summary>
    public Arms Read(CommandRun run, CohortTable table) =>
        ArmColumn.Read(table, run.Parse.GetValue(Group)!, run.Parse.GetValue(Treatment)!, run.Parse.GetValue(Control)!, flag => flag);

}
