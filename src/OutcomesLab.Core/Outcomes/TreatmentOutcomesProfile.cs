using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// The UK Treatment Outcomes Profile (TOP; Marsden J et al. Development and validation of a brief
/// instrument for routine outcome monitoring in addiction treatment: the Treatment Outcomes Profile.
/// Addiction 2008;103:1450–1460; Public Health England/NDTMS TOP form). What is scored here: the
/// items as recorded over the past 28 days — days of use of alcohol, opiates, crack, cocaine,
/// amphetamines, cannabis and another problem substance (0–28); days injected (0–28) and injecting
/// with shared equipment (0/1); days of shoplifting and of selling drugs (0–28) and, as yes/no (0/1),
/// vehicle theft, other theft or burglary, fraud or handling stolen goods, and assault or violence;
/// psychological health, physical health and overall quality-of-life ratings (0 poor – 20 good); days
/// of paid work and of school or college (0–20); acute housing problem and risk of eviction (0/1).
/// The TOP has no total score: <see cref="Summarise"/> gives a descriptive use summary and
/// <see cref="Change"/> the per-item change between reviews with its direction of benefit.
/// </summary>
public static class TreatmentOutcomesProfile
{
    /// <summary>The source of the item definitions.</summary>
    public const string Citation = "Marsden J, Farrell M, Bradbury C, et al. Addiction 2008;103:1450-1460 (Treatment Outcomes Profile).";

    private const string Use = "substance use";
    private const string Inject = "injecting risk";
    private const string Crime = "crime";
    private const string Health = "health and social functioning";

    /// <summary>The TOP items in form order.</summary>
    public static ImmutableArray<TopItem> Items { get; } =
    [
        new("alcohol_days", Use, "days drinking alcohol in the past 28", 0, 28, false),
        new("opiates_days", Use, "days using opiates (illicit) in the past 28", 0, 28, false),
        new("crack_days", Use, "days using crack in the past 28", 0, 28, false),
        new("cocaine_days", Use, "days using cocaine in the past 28", 0, 28, false),
        new("amphetamines_days", Use, "days using amphetamines in the past 28", 0, 28, false),
        new("cannabis_days", Use, "days using cannabis in the past 28", 0, 28, false),
        new("other_substance_days", Use, "days using another problem substance in the past 28", 0, 28, false),
        new("injecting_days", Inject, "days injected non-prescribed drugs in the past 28", 0, 28, false),
        new("shared_equipment", Inject, "injected with shared equipment (1 yes, 0 no)", 0, 1, false),
        new("shoplifting_days", Crime, "days of shoplifting in the past 28", 0, 28, false),
        new("drug_selling_days", Crime, "days selling drugs in the past 28", 0, 28, false),
        new("vehicle_theft", Crime, "theft from or of a vehicle (1 yes, 0 no)", 0, 1, false),
        new("other_theft", Crime, "other property theft or burglary (1 yes, 0 no)", 0, 1, false),
        new("fraud", Crime, "fraud, forgery or handling stolen goods (1 yes, 0 no)", 0, 1, false),
        new("assault", Crime, "committing assault or violence (1 yes, 0 no)", 0, 1, false),
        new("psychological_health", Health, "psychological health rating (0 poor to 20 good)", 0, 20, true),
        new("paid_work_days", Health, "days of paid work in the past 28", 0, 20, true),
        new("education_days", Health, "days at school or college in the past 28", 0, 20, true),
        new("physical_health", Health, "physical health rating (0 poor to 20 good)", 0, 20, true),
        new("acute_housing_problem", Health, "acute housing problem (1 yes, 0 no)", 0, 1, false),
        new("eviction_risk", Health, "at risk of eviction (1 yes, 0 no)", 0, 1, false),
        new("quality_of_life", Health, "overall quality of life rating (0 poor to 20 good)", 0, 20, true),
    ];

    /// <summary>Checks a record and summarises substance use.</summary>
    /// <param name="record">One value per item in <see cref="Items"/> order; null = not recorded.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">Wrong length or a value outside the item's range (the message names the item and allowed values).</exception>
    public static TopSummary Summarise(IReadOnlyList<double?> record)
    {
        Validate(record, nameof(record));
        var use = record.Take(7).Where(v => v is not null).Select(v => v!.Value).ToList();
        return use.Count == 0 ? new TopSummary(null, null) : new TopSummary(use.Max(), use.Count(d => d > 0));
    }

    /// <summary>Per-item change between two TOP reviews (e.g. treatment start and 6 months).</summary>
    /// <param name="baseline">The earlier record.</param>
    /// <param name="followUp">The later record.</param>
    /// <returns>One change per item, in <see cref="Items"/> order.</returns>
    /// <exception cref="ArgumentException">Either record is malformed.</exception>
    public static ImmutableArray<TopItemChange> Change(IReadOnlyList<double?> baseline, IReadOnlyList<double?> followUp)
    {
        Validate(baseline, nameof(baseline));
        Validate(followUp, nameof(followUp));
        var result = ImmutableArray.CreateBuilder<TopItemChange>(Items.Length);
        for (var i = 0; i < Items.Length; i++)
        {
            double? change = baseline[i] is { } b && followUp[i] is { } f ? f - b : null;
            bool? improved = change is { } c ? (Items[i].HigherIsBetter ? c > 0 : c < 0) : null;
            result.Add(new TopItemChange(Items[i], baseline[i], followUp[i], change, improved));
        }

        return result.MoveToImmutable();
    }

    private static void Validate(IReadOnlyList<double?> record, string parameter)
    {
        ArgumentNullException.ThrowIfNull(record, parameter);
        if (record.Count != Items.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A TOP record has {Items.Length} items; found {record.Count}."), parameter);
        }

        for (var i = 0; i < Items.Length; i++)
        {
            if (record[i] is { } x && (x != Math.Floor(x) || x < Items[i].Minimum || x > Items[i].Maximum))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"TOP item \"{Items[i].Name}\" is {x}; allowed values are whole numbers {Items[i].Minimum} to {Items[i].Maximum} (or missing)."),
                    parameter);
            }
        }
    }
}
