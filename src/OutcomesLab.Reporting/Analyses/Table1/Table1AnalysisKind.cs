using System.Collections.Immutable;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The <c>table1</c> analysis: baseline characteristics by arm and overall as R <c>tableone</c>
/// (mean (SD) or median [IQR], n (%), standardised mean differences, optional p-values), with the
/// plan's small-cell suppression (primary and complementary).
/// </summary>
internal sealed class Table1AnalysisKind : IReportAnalysisKind
{
    /// <inheritdoc/>
    public string Type => "table1";

    /// <inheritdoc/>
    public string Summary => "Table 1: baseline characteristics by arm and overall with standardised mean differences and optional p-values (R tableone CreateTableOne), with the plan's small-cell suppression.";

    /// <inheritdoc/>
    public ImmutableArray<PlanKey> Keys { get; } =
    [
        new("dataset", "dataset name or analysis id", PlanKey.Required, "The dataset (one row per subject)."),
        new("group", "column", PlanKey.Required, "Column with the arms (two or more levels); ordered and labelled by the plan's \"arms\"."),
        Table1Keys.Variables.PlanKey,
        Table1Keys.Categorical.PlanKey,
        Table1Keys.NonNormal.PlanKey,
        Table1Keys.Exact.PlanKey,
        Table1Keys.PValues.PlanKey,
        Table1Keys.WithinArms.PlanKey,
        Table1Keys.AppearanceOrder.PlanKey,
        DateKeys.AgeFrom.PlanKey,
        DateKeys.AgeAt.PlanKey,
    ];

    /// <inheritdoc/>
    public string? Publishes => null;

    /// <inheritdoc/>
    public IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys)
    {
        var dataset = keys.Dataset();
        var group = keys.Column("group");
        var variables = Table1Keys.Variables.Read(keys);
        var names = new List<string>();
        foreach (var v in variables)
        {
            if (names.Contains(v.Name))
            {
                throw new PlanException(v.Location, "each variable once", $"\"{v.Name}\" a second time", "Remove the repeated variable.");
            }

            if (v.Name == group.Name)
            {
                throw new PlanException(v.Location, "a variable other than the group column", $"\"{v.Name}\"", "Remove it: the arms are the columns of Table 1.");
            }

            names.Add(v.Name);
        }

        ImmutableArray<PlanColumn> Subset(PlanSetting<ImmutableArray<PlanColumn>> setting)
        {
            var key = setting.Key;
            var list = setting.Read(keys);
            foreach (var c in list)
            {
                if (!names.Contains(c.Name))
                {
                    throw new PlanException(c.Location, "a column listed in \"variables\"", $"\"{c.Name}\"", $"{PlanNames.DidYouMean(c.Name, names)}Add it to \"variables\" or remove it from \"{key}\".");
                }
            }

            return list;
        }

        var categorical = Subset(Table1Keys.Categorical);
        var nonNormal = Subset(Table1Keys.NonNormal);
        var exact = Subset(Table1Keys.Exact);
        var withinArms = Subset(Table1Keys.WithinArms);
        foreach (var c in nonNormal.Where(n => categorical.Any(x => x.Name == n.Name)))
        {
            throw new PlanException(c.Location, "a continuous variable (not also in \"categorical\")", $"\"{c.Name}\"", "Remove it from \"nonnormal\" or from \"categorical\".");
        }

        var ageFrom = keys.OptionalColumn(DateKeys.AgeFrom.Key);
        var ageAt = keys.OptionalColumn(DateKeys.AgeAt.Key);
        if ((ageFrom is null) != (ageAt is null))
        {
            var (given, missing) = ageFrom is null ? (DateKeys.AgeAt.Key, DateKeys.AgeFrom.Key) : (DateKeys.AgeFrom.Key, DateKeys.AgeAt.Key);
            throw keys.Error(given, $"\"{given}\" together with \"{missing}\"", null, $"The age is computed from the date of birth (\"age_from\") at the index date (\"age_at\"): add \"{missing}\".");
        }

        return new Table1Analysis(header, dataset, group, variables)
        {
            AgeFrom = ageFrom,
            AgeAt = ageAt,
            Categorical = categorical,
            NonNormal = nonNormal,
            Exact = exact,
            WithinArms = withinArms,
            PValues = Table1Keys.PValues.Read(keys),
            AppearanceOrder = Table1Keys.AppearanceOrder.Read(keys),
        };
    }
}
