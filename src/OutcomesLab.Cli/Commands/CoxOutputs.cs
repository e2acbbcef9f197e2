using System.Globalization;
using System.Text;
using OutcomesLab.IO;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Cli.Commands;

/// <summary>
/// The side files of <c>outcomeslab cox</c>: residuals as R's <c>residuals.coxph</c> and predicted
/// survival curves for covariate profiles as R's <c>survfit(fit, newdata)</c>, written as CSV.
/// </summary>
internal static class CoxOutputs
{
    /// <summary>R's <c>type =</c> names of <c>residuals.coxph</c>, in the order they are written.</summary>
    private static readonly (string Name, CoxResidualType Type)[] ResidualNames =
    [
        ("martingale", CoxResidualType.Martingale),
        ("deviance", CoxResidualType.Deviance),
        ("score", CoxResidualType.Score),
        ("dfbeta", CoxResidualType.Dfbeta),
        ("dfbetas", CoxResidualType.Dfbetas),
        ("schoenfeld", CoxResidualType.Schoenfeld),
        ("scaledsch", CoxResidualType.ScaledSchoenfeld),
    ];

    /// <summary>Parses <c>--residuals TYPE[,TYPE]</c>; per-row and per-event types cannot share one file.</summary>
    public static List<(string Name, CoxResidualType Type)> ParseResidualTypes(string text)
    {
        var result = new List<(string Name, CoxResidualType Type)>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = ResidualNames.Where(r => string.Equals(r.Name, part, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0)
            {
                throw new UsageException($"--residuals: \"{part}\" is not a residual type; expected one or more of {string.Join(", ", ResidualNames.Select(r => r.Name))} (R residuals.coxph type =), comma-separated.");
            }

            if (!result.Contains(match[0]))
            {
                result.Add(match[0]);
            }
        }

        if (result.Count == 0)
        {
            throw new UsageException($"--residuals needs at least one type: {string.Join(", ", ResidualNames.Select(r => r.Name))}.");
        }

        var perEvent = result.Where(r => PerEvent(r.Type)).ToList();
        if (perEvent.Count > 0 && perEvent.Count < result.Count)
        {
            throw new UsageException($"--residuals {text}: {string.Join(" and ", perEvent.Select(r => r.Name))}: one row per event; the other types: one row per data row, so they cannot share one CSV. Write them in two runs, e.g. --residuals schoenfeld,scaledsch --residuals-out events.csv and --residuals martingale,dfbeta --residuals-out rows.csv.");
        }

        return [.. result.OrderBy(r => Array.FindIndex(ResidualNames, n => n.Type == r.Type))];
    }

    /// <summary>
    /// Writes the residuals: one row per data row used by the fit (in file order, as R's rows after
    /// <c>na.omit</c>) with the file's line number, or for Schoenfeld types one row per event in R's
    /// order with its line and time; matrix types have a column <c>TYPE[TERM]</c> per coefficient.
    /// NA (aliased coefficients in dfbetas) is written as <c>NA</c>.
    /// </summary>
    public static void WriteResiduals(CommandRun run, string path, CoxResult fit, CohortData cohort, List<(string Name, CoxResidualType Type)> types)
    {
        var residuals = types.Select(t => (t.Name, Values: CoxPredictions.Residuals(fit, t.Type))).ToList();
        var first = residuals[0].Values;
        var strata = cohort.Strata is not null;
        var header = new List<string> { "line" };
        if (PerEvent(first.Type))
        {
            header.Add("time");
            if (strata)
            {
                header.Add("stratum");
            }
        }

        foreach (var (name, r) in residuals)
        {
            header.AddRange(r.Type is CoxResidualType.Martingale or CoxResidualType.Deviance ? [name] : r.Columns.Select(c => $"{name}[{c}]"));
        }

        var sb = new StringBuilder();
        sb.AppendJoin(',', header.Select(CsvCell.Format)).Append('\n');
        for (var i = 0; i < first.Values.Length; i++)
        {
            var row = first.Row[i];
            sb.Append(cohort.SourceLines[row].ToString(CultureInfo.InvariantCulture));
            if (PerEvent(first.Type))
            {
                sb.Append(',').Append(Num(first.Time[i]));
                if (strata)
                {
                    sb.Append(',').Append(CsvCell.Format(cohort.Strata![row]));
                }
            }

            foreach (var (_, r) in residuals)
            {
                foreach (var v in r.Values[i])
                {
                    sb.Append(',').Append(Num(v));
                }
            }

            sb.Append('\n');
        }

        run.WriteOutputFile(path, s => s.Write(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>
    /// Writes the predicted curves: per profile (and stratum) a row at every distinct time of the data,
    /// with n.risk, n.event, survival, the SE of the cumulative hazard (R's <c>std.err</c>) and the interval.
    /// </summary>
    public static void WritePredictions(CommandRun run, string path, IReadOnlyList<(string Profile, IReadOnlyList<CoxSurvivalCurve> Curves)> predictions, bool strata)
    {
        var sb = new StringBuilder(strata ? "profile,stratum,time,n.risk,n.event,surv,std.err,lower,upper\n" : "profile,time,n.risk,n.event,surv,std.err,lower,upper\n");
        foreach (var (profile, curves) in predictions)
        {
            foreach (var c in curves)
            {
                for (var i = 0; i < c.Time.Length; i++)
                {
                    sb.Append(CsvCell.Format(profile));
                    if (strata)
                    {
                        sb.Append(',').Append(CsvCell.Format(c.Stratum ?? string.Empty));
                    }

                    sb.Append(CultureInfo.InvariantCulture, $",{Num(c.Time[i])},{Num(c.NRisk[i])},{Num(c.NEvent[i])},{Num(c.Survival[i])},{Num(c.StdErr[i])},{Num(c.Lower[i])},{Num(c.Upper[i])}\n");
                }
            }
        }

        run.WriteOutputFile(path, s => s.Write(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static bool PerEvent(CoxResidualType type) => type is CoxResidualType.Schoenfeld or CoxResidualType.ScaledSchoenfeld;

    private static string Num(double? v) => v is { } x && !double.IsNaN(x) ? x.ToString("R", CultureInfo.InvariantCulture) : "NA";
}
