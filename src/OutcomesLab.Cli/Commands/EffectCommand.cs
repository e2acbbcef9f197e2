using System.CommandLine;
using System.Globalization;
using OutcomesLab.EffectSizes;

namespace OutcomesLab.Cli.Commands;

/// <summary>
/// <c>outcomeslab effect</c>: one effect size between two arms with its confidence interval — standardised
/// mean differences as R's <c>effectsize</c>, rank effect sizes, and OR/RR/RD/NNT of a binary outcome as
/// metafor's <c>escalc</c> (Woolf/Katz log intervals) with Newcombe's interval for the risk difference.
/// </summary>
internal static class EffectCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var arms = new ArmOptions();
        var outcome = SettingOptions.Text(EffectKeys.Outcome, "COLUMN", required: true);
        var measure = SettingOptions.Names(EffectKeys.Measure);
        measure.Aliases.Add("-m");
        measure.Required = true;
        var confLevel = OptionParsers.ConfidenceLevel();
        var eventValue = SettingOptions.Text(EffectKeys.EventValue, "VALUE");
        var ciMethod = SettingOptions.Names(EffectKeys.CiMethod);
        var correction = SettingOptions.Names(EffectKeys.Correction);
        var harmful = SettingOptions.Create(EffectKeys.HarmfulEvent);
        var command = new Command("effect", "Effect size between two arms with its confidence interval: standardised mean differences (as R effectsize), rank-biserial / Cliff's delta, and odds ratio, risk ratio, risk difference or NNT of a binary outcome (as metafor escalc). Differences are treatment minus control, ratios treatment over control.")
        {
            outcome, measure, confLevel, eventValue, ciMethod, correction, harmful,
        };
        csv.AddTo(command);
        arms.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var name = run.Parse.GetValue(measure)!.ToLowerInvariant();
                var settings = new EffectSettings(
                    name,
                    run.Parse.GetValue(outcome)!,
                    run.Parse.GetValue(confLevel),
                    run.Parse.GetValue(eventValue),
                    run.Parse.GetValue(ciMethod),
                    run.Parse.GetValue(correction) switch { "always" => ContinuityCorrection.Always, "none" => ContinuityCorrection.None, _ => ContinuityCorrection.IfAnyZero },
                    run.Parse.GetValue(harmful));
                return Run(run, csv, arms, settings);
            },
            "outcomeslab effect --input data/simulated_cohort.csv --outcome eq_vas_w24 --group arm --treatment buprenorphine --control methadone --measure hedges-g",
            "outcomeslab effect --input data/simulated_cohort.csv --outcome ad_w24 --event-value 1 --group arm --treatment buprenorphine --control methadone --measure odds-ratio --format json",
            "outcomeslab effect --input data/simulated_cohort.csv --outcome event --group arm --treatment buprenorphine --control methadone --measure nnt --harmful-event");
        return command;
    }

    private static int Run(CommandRun run, CsvInputOptions csv, ArmOptions armOptions, EffectSettings s)
    {
        s.Validate(flag => flag);
        var table = csv.ReadTable(run);
        var arms = armOptions.Read(run, table);
        var (result, nnt) = EffectComputation.Compute(s, table, arms, run.Warn);
        var content = run.Format switch
        {
            OutputFormat.Json => EffectSizeJson.Write(result, nnt),
            OutputFormat.Table => Summary(result, nnt, s, arms),
            _ => TableRenderer.Render([EffectComputation.Table(result, nnt, s, arms)], run.Format),
        };
        run.Emit(content);
        return ExitCodes.Ok;
    }

    private static string Summary(EffectSizeResult r, NntResult? nnt, EffectSettings s, Arms arms)
    {
        var contrast = r.IsRatio ? $"{arms.Treatment} / {arms.Control}" : $"{arms.Treatment} - {arms.Control}";
        var n = string.Create(CultureInfo.InvariantCulture, $"n = {r.NTreatment} vs {r.NControl}");
        var line = nnt is not null
            ? $"{nnt.Description}, {contrast} on \"{s.Outcome}\" ({n})"
            : $"{EffectComputation.MeasureLabel(r.MeasureKey)} ({contrast}) on \"{s.Outcome}\": {NumberText.Short(r.Estimate)} ({EffectComputation.Pct(r.ConfidenceLevel)}% CI {NumberText.Short(r.Lower)} to {NumberText.Short(r.Upper)}), {n}";
        return line + "\nMethod: " + r.Method + "\n";
    }
}
