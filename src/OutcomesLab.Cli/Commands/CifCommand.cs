using System.CommandLine;
using System.Globalization;
using OutcomesLab.Cli.Rendering;
using OutcomesLab.IO;
using OutcomesLab.Survival;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab cif</c>: Aalen–Johansen cumulative incidence per cause (and group) with Gray's test, as cmprsk's <c>cuminc</c>.</summary>
internal static class CifCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var time = new Option<string>("--time") { Description = "Column with the follow-up time.", Required = true, HelpName = "COLUMN" };
        var status = new Option<string>("--event") { Description = "Column with 0 for censored and a positive integer cause code otherwise (e.g. 1 dropout, 2 transfer, 3 death).", Required = true, HelpName = "COLUMN" };
        var group = new Option<string?>("--group", "-g") { Description = "Column with the comparison groups; adds Gray's test per cause.", HelpName = "COLUMN" };
        var variance = new Option<string>("--variance") { Description = "Variance: delta (cmprsk cuminc, default) or jackknife (R survfit's infinitesimal jackknife).", DefaultValueFactory = _ => "delta", HelpName = "delta|jackknife" };
        variance.AcceptOnlyFromAmong("delta", "jackknife");
        var confLevel = OptionParsers.ConfidenceLevel();
        var times = new Option<double[]>("--times") { Description = "Times at which the table output reports the cumulative incidence (default: quartiles of follow-up).", CustomParser = OptionParsers.NumberList, HelpName = "T1,T2,..." };
        var command = new Command("cif", "Competing risks: cumulative incidence of each cause (Aalen-Johansen) with variance and CI, and Gray's test between groups, matching cmprsk::cuminc.")
        {
            time, status, group, variance, confLevel, times,
        };
        csv.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var table = csv.ReadTable(run);
                var cohort = CohortData.FromTable(table, new ColumnRoles
                {
                    Time = run.Parse.GetValue(time)!,
                    Event = run.Parse.GetValue(status)!,
                    EventKind = EventKind.Codes,
                    Group = run.Parse.GetValue(group),
                });
                foreach (var d in cohort.Diagnostics)
                {
                    run.Warn(d.Message);
                }

                var options = new CumulativeIncidenceOptions
                {
                    VarianceMethod = run.Parse.GetValue(variance) == "jackknife" ? CifVarianceMethod.InfinitesimalJackknife : CifVarianceMethod.Delta,
                    ConfidenceLevel = run.Parse.GetValue(confLevel),
                };
                var fit = CumulativeIncidence.Fit(cohort.ToSurvivalSample(), options);
                foreach (var d in fit.Diagnostics)
                {
                    run.Warn(d.Message);
                }

                run.Emit(run.Format == OutputFormat.Json ? Json(fit) : TableRenderer.Render(Tables(fit, run.Parse.GetValue(times), cohort), run.Format));
                return ExitCodes.Ok;
            },
            "outcomeslab cif --input data/simulated_cohort.csv --time time_days --event event_type --group arm",
            "outcomeslab cif --input data/simulated_cohort.csv --time time_days --event event_type --times 90,180,365 --format json");
        return command;
    }

    private static List<TextTable> Tables(CumulativeIncidenceResult fit, double[]? times, CohortData cohort)
    {
        var at = times is { Length: > 0 } ? times : Quartiles(cohort.Time);
        var level = NumberText.Short(fit.Options.ConfidenceLevel * 100);
        var headers = new List<string> { "cause", "group" };
        headers.AddRange(at.Select(t => $"F({NumberText.Short(t)}) [{level}% CI]"));
        var rows = fit.Curves.Select(c =>
        {
            var row = new List<string> { c.Cause.ToString(CultureInfo.InvariantCulture), c.Group };
            foreach (var t in at)
            {
                var p = c.At(t);
                row.Add(p is null ? "0.000" : $"{Fixed(p.Estimate)} [{Fixed(p.Lower)}, {Fixed(p.Upper)}]");
            }

            return (IReadOnlyList<string>)row;
        }).ToList();
        var tables = new List<TextTable> { new("Cumulative incidence (Aalen-Johansen)", headers, rows) };
        if (!fit.GrayTests.IsDefaultOrEmpty)
        {
            tables.Add(new TextTable(
                "Gray's test between groups",
                ["cause", "statistic", "df", "p"],
                [.. fit.GrayTests.Select(g => (IReadOnlyList<string>)[g.Cause.ToString(CultureInfo.InvariantCulture), NumberText.Short(g.Statistic, 5), g.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture), double.IsNaN(g.PValue) ? "NA" : KmCommand.PValueText(g.PValue)])]));
        }

        return tables;
    }

    private static readonly double[] QuartileProbabilities = [0.25, 0.5, 0.75];

    private static double[] Quartiles(IReadOnlyList<double> times)
    {
        var sorted = times.Order().ToArray();
        return [.. QuartileProbabilities.Select(q => sorted[(int)Math.Floor(q * (sorted.Length - 1))]).Distinct()];
    }

    private static string Fixed(double? v) => v is null ? "NA" : v.Value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Json(CumulativeIncidenceResult fit) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("causes");
        foreach (var c in fit.Curves)
        {
            w.WriteStartObject();
            w.WriteNumber("cause", c.Cause);
            w.WriteString("group", c.Group);
            w.WriteStartArray("table");
            foreach (var p in c.Points)
            {
                w.WriteStartObject();
                w.Number("time", p.Time);
                w.Number("estimate", p.Estimate);
                w.Number("std_err", p.StdErr);
                w.Number("lower", p.Lower);
                w.Number("upper", p.Upper);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("gray_test");
        foreach (var g in fit.GrayTests.IsDefault ? [] : fit.GrayTests)
        {
            w.WriteStartObject();
            w.WriteNumber("cause", g.Cause);
            w.Number("statistic", g.Statistic);
            w.WriteNumber("df", g.DegreesOfFreedom);
            w.Number("p", g.PValue);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
