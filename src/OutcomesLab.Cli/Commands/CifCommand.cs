using System.CommandLine;
using System.Globalization;
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
        var variance = SettingOptions.Names(CifKeys.Variance);
        var confLevel = OptionParsers.ConfidenceLevel();
        var times = SettingOptions.Numbers(CifKeys.Times);
        var grayRho = SettingOptions.Create(CifKeys.GrayRho, "R");
        var strata = new Option<string?>("--strata")
        {
            Description = "Column whose levels stratify Gray's test (cmprsk cuminc(strata = )): scores and variances are summed over strata. The cumulative incidence curves are not stratified, as in cuminc. Needs --group.",
            HelpName = "COLUMN",
        };
        var confType = SettingOptions.Create(CifKeys.ConfType);
        var command = new Command("cif", "Competing risks: cumulative incidence of each cause (Aalen-Johansen) with variance and CI, and Gray's test between groups, matching cmprsk::cuminc.")
        {
            time, status, group, variance, confLevel, confType, times, grayRho, strata,
        };
        var dates = new TimeFromDatesOptions();
        dates.AddTo(command, time);
        csv.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var groupColumn = run.Parse.GetValue(group);
                var rho = run.Parse.GetValue(grayRho);
                if (groupColumn is null && run.Parse.GetResult(grayRho) is { Implicit: false })
                {
                    throw new UsageException("--gray-rho sets the weight of Gray's test, which compares groups; add --group COLUMN (or drop --gray-rho).");
                }

                if (!double.IsFinite(rho))
                {
                    throw new UsageException("--gray-rho must be a finite number such as 0 (default), 0.5 or 1.");
                }

                var strataColumn = run.Parse.GetValue(strata);
                if (groupColumn is null && strataColumn is not null)
                {
                    throw new UsageException("--strata stratifies Gray's test between groups (the curves are not stratified, as in cmprsk cuminc); add --group COLUMN (or drop --strata).");
                }

                var (table, timeColumn) = dates.Apply(run, csv.ReadTable(run));
                var cohort = CohortData.FromTable(table, new ColumnRoles
                {
                    Time = timeColumn,
                    Event = run.Parse.GetValue(status)!,
                    EventKind = EventKind.Codes,
                    Group = groupColumn,
                    Strata = strataColumn,
                });
                run.Warn(cohort.Diagnostics);

                var options = new CumulativeIncidenceOptions
                {
                    VarianceMethod = run.Parse.GetValue(variance) == "jackknife" ? CifVarianceMethod.InfinitesimalJackknife : CifVarianceMethod.Delta,
                    ConfidenceLevel = run.Parse.GetValue(confLevel),
                    ConfidenceTransform = run.Parse.GetValue(confType),
                    GrayRho = rho,
                };
                var fit = CumulativeIncidence.Fit(cohort.ToSurvivalSample(), options);
                run.Warn(fit.Diagnostics);

                var at = run.Parse.GetValue(times);
                run.Emit(run.Format == OutputFormat.Json ? CumulativeIncidenceJson.Write(fit, at) : TableRenderer.Render(Tables(fit, at, cohort, strataColumn), run.Format));
                return ExitCodes.Ok;
            },
            "outcomeslab cif --input data/simulated_cohort.csv --time time_days --event event_type --group arm",
            "outcomeslab cif --input data/simulated_cohort.csv --time time_days --event event_type --times 90,180,365 --format json",
            "outcomeslab cif --input data/simulated_cohort.csv --time time_days --event event_type --group arm --strata site --gray-rho 1",
            "outcomeslab cif --input data/simulated_cohort.csv --time time_days --event event_type --group arm --variance jackknife --conf-type log-log");
        return command;
    }

    private static List<TextTable> Tables(CumulativeIncidenceResult fit, double[]? times, CohortData cohort, string? strataColumn)
    {
        var at = times is { Length: > 0 } ? times : [.. TimeGrid.Quartiles(cohort.Time)];
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
        var scale = fit.Options.ConfidenceTransform switch
        {
            CifConfidenceTransform.LogLog => "log-log",
            CifConfidenceTransform.Plain => "plain",
            _ => "log",
        };
        var tables = new List<TextTable> { new($"Cumulative incidence (Aalen-Johansen; {scale} CI)", headers, rows) };
        if (!fit.GrayTests.IsDefaultOrEmpty)
        {
            tables.Add(new TextTable(
                $"Gray's test between groups (rho = {NumberText.Short(fit.Options.GrayRho)}{(strataColumn is null ? string.Empty : $", stratified by {strataColumn}")})",
                ["cause", "statistic", "df", "p"],
                [.. fit.GrayTests.Select(g => (IReadOnlyList<string>)[g.Cause.ToString(CultureInfo.InvariantCulture), NumberText.Short(g.Statistic, 5), g.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture), double.IsNaN(g.PValue) ? "NA" : NumberText.PValue(g.PValue)])]));
        }

        return tables;
    }

    private static string Fixed(double? v) => v is null ? "NA" : v.Value.ToString("0.000", CultureInfo.InvariantCulture);
}
