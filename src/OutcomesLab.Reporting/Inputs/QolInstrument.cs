using System.Globalization;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>
/// What <c>qol score</c> needs from an instrument: default item column names, each item's allowed
/// values (checked per cell so errors name the file line and column), the score columns and the
/// per-row scoring, plus the citation printed with the output.
/// </summary>
internal sealed record QolInstrument(
    string Name,
    IReadOnlyList<string> Items,
    Func<int, (double Min, double Max, string? Hint)> Allowed,
    IReadOnlyList<string> Outputs,
    Func<double?[], double?[]> Score,
    string Citation,
    Eq5dValueSet? ValueSet = null)
{
    public static QolInstrument Create(string instrument, string? valueSet, string? missingRule)
    {
        switch (instrument.ToLowerInvariant())
        {
            case "eq5d-3l":
                return Eq5d(Eq5dValueSetType.ThreeLevelTto, valueSet);
            case "eq5d-5l":
                return Eq5d(Eq5dValueSetType.FiveLevelVt, valueSet);
            case "eq5d-5l-crosswalk":
                return Eq5d(Eq5dValueSetType.FiveLevelCrosswalk, valueSet);
            case "whoqol-bref":
                NoValueSet(instrument, valueSet);
                var rule = missingRule?.ToLowerInvariant() switch
                {
                    null or "spss" => WhoqolMissingRule.SpssSyntax,
                    "manual" => WhoqolMissingRule.ManualSubstitution,
                    _ => throw new UsageException($"--missing-rule must be spss or manual; found \"{missingRule}\"."),
                };
                return Generic(WhoqolBref.Definition(rule), "whoqol_");
            case "sf12v1":
                NoValueSet(instrument, valueSet);
                int[] max = [5, 3, 3, 2, 2, 2, 2, 5, 6, 6, 6, 5];
                return new QolInstrument(
                    "SF-12 v1",
                    Sf12V1.Items,
                    i => (1, max[i], i is >= 3 and <= 6 ? "SF-12 v1 role items are 1 (yes) or 2 (no); 3-5 is the SF-12 v2 response format, which the v1 algorithm cannot score" : null),
                    ["sf12_pcs", "sf12_mcs"],
                    r => { var s = Sf12V1.Score(r); return [s.Pcs, s.Mcs]; },
                    "Ware JE, Kosinski M, Keller SD. Med Care 1996;34:220-233; SF-12 scoring manual 1995 (US 1990 norm-based weights).");
            case "promis-global":
                NoValueSet(instrument, valueSet);
                return new QolInstrument(
                    "PROMIS Global Health v1.2",
                    PromisGlobalHealth.Items,
                    i => i == 6 ? (0, 10, null) : (1, 5, null),
                    ["promis_gph_raw", "promis_gph_t", "promis_gmh_raw", "promis_gmh_t"],
                    r => { var s = PromisGlobalHealth.Score(r); return [s.PhysicalRaw, s.PhysicalT, s.MentalRaw, s.MentalT]; },
                    "Hays RD et al. Qual Life Res 2009;18:873-880 (raw score to T score tables).");
            case "top":
                NoValueSet(instrument, valueSet);
                return new QolInstrument(
                    "UK Treatment Outcomes Profile",
                    [.. TreatmentOutcomesProfile.Items.Select(i => i.Name)],
                    i => (TreatmentOutcomesProfile.Items[i].Minimum, TreatmentOutcomesProfile.Items[i].Maximum, null),
                    ["top_any_use_days", "top_substances_used"],
                    r => { var s = TreatmentOutcomesProfile.Summarise(r); return [s.MaxSubstanceUseDays, s.SubstancesUsed]; },
                    TreatmentOutcomesProfile.Citation);
            default:
                if (instrument.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    NoValueSet(instrument, valueSet);
                    if (!File.Exists(instrument))
                    {
                        throw new UsageException($"--instrument {instrument}: the instrument definition file does not exist.");
                    }

                    InstrumentDefinition definition;
                    try
                    {
                        definition = InstrumentDefinition.FromJson(File.ReadAllText(instrument));
                    }
                    catch (ArgumentException ex)
                    {
                        throw new UsageException($"--instrument {instrument}: {ex.Message}");
                    }

                    return Generic(definition, "");
                }

                throw new UsageException($"--instrument must be eq5d-3l, eq5d-5l, eq5d-5l-crosswalk, whoqol-bref, sf12v1, top, promis-global or a definition FILE.json; found \"{instrument}\".");
        }
    }

    private static void NoValueSet(string instrument, string? valueSet)
    {
        if (valueSet is not null)
        {
            throw new UsageException($"--value-set applies to the EQ-5D instruments only, not to {instrument}.");
        }
    }

    private static QolInstrument Eq5d(Eq5dValueSetType type, string? name)
    {
        Eq5dValueSet set;
        try
        {
            set = name is null ? Eq5dValueSets.Default(type) : Eq5dValueSets.Get(type, name);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--value-set: {ex.Message.Split(" (Parameter", 2)[0]} Run 'outcomeslab qol value-sets' for the list with citations.");
        }

        return new QolInstrument(
            set.Label,
            ["mo", "sc", "ua", "pd", "ad"],
            _ => (1, set.Levels, null),
            ["eq5d_index"],
            r => r.Any(x => x is null) ? [null] : [set.Index(Eq5dState.Create((int)r[0]!.Value, (int)r[1]!.Value, (int)r[2]!.Value, (int)r[3]!.Value, (int)r[4]!.Value, set.Levels))],
            set.Citation.ToString(),
            set);
    }

    private static QolInstrument Generic(InstrumentDefinition d, string prefix)
    {
        var outputs = new List<string>();
        foreach (var s in d.Scales)
        {
            outputs.Add(prefix + s.Name);
            if (s.Transform is not null)
            {
                outputs.Add(prefix + s.Name + "_transformed");
            }
        }

        return new QolInstrument(
            d.Name,
            d.Items,
            _ => (d.Minimum, d.Maximum, null),
            outputs,
            r =>
            {
                var score = d.Score(r);
                var values = new List<double?>();
                foreach (var (scale, def) in score.Scales.Zip(d.Scales))
                {
                    values.Add(scale.Score);
                    if (def.Transform is not null)
                    {
                        values.Add(scale.Transformed);
                    }
                }

                return [.. values];
            },
            d.Citation ?? "user-supplied instrument definition");
    }

    public static string Range(double min, double max) =>
        string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}");
}
