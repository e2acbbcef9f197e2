using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>A validated <c>table1</c> analysis (see <see cref="Table1AnalysisKind"/>); the numbers come from the same code as <c>outcomeslab table1</c>.</summary>
/// <param name="Header">Id, type and title.</param>
/// <param name="Dataset">The dataset.</param>
/// <param name="Group">The arm column.</param>
/// <param name="Variables">The summarised columns.</param>
internal sealed record Table1Analysis(ReportAnalysisHeader Header, PlanDatasetRef Dataset, PlanColumn Group, ImmutableArray<PlanColumn> Variables) : IReportAnalysis
{
    /// <inheritdoc/>
    public string Id => Header.Id;

    /// <summary>Numeric variables treated as categorical.</summary>
    public ImmutableArray<PlanColumn> Categorical { get; init; } = [];

    /// <summary>Continuous variables summarised by median [IQR].</summary>
    public ImmutableArray<PlanColumn> NonNormal { get; init; } = [];

    /// <summary>Categorical variables tested with Fisher's exact test.</summary>
    public ImmutableArray<PlanColumn> Exact { get; init; } = [];

    /// <summary>Variables summarised within each arm only.</summary>
    public ImmutableArray<PlanColumn> WithinArms { get; init; } = [];

    /// <summary>Add p-values.</summary>
    public bool PValues { get; init; }

    /// <summary>Levels in order of first appearance instead of sorted.</summary>
    public bool AppearanceOrder { get; init; }

    /// <summary>Date-of-birth column of a derived age variable (<c>age_from</c>), or null.</summary>
    public PlanColumn? AgeFrom { get; init; }

    /// <summary>Index-date column of the age (<c>age_at</c>), with <see cref="AgeFrom"/>.</summary>
    public PlanColumn? AgeAt { get; init; }

    /// <inheritdoc/>
    public ReportSection Run(ReportContext context)
    {
        var table = context.Table(Dataset);
        string? age = null;
        if (AgeFrom is not null)
        {
            ReportContext.Column(table, Dataset, AgeFrom);
            ReportContext.Column(table, Dataset, AgeAt!);
            (table, age) = Table1Age.AddColumn(table, AgeFrom.Name, AgeAt!.Name);
        }

        foreach (var c in Variables.Prepend(Group).Where(c => c.Name != age))
        {
            ReportContext.Column(table, Dataset, c);
        }

        foreach (var c in NonNormal.Concat(Exact))
        {
            var kind = table.FindColumn(c.Name)!.Kind;
            var numeric = kind is ColumnKind.Number or ColumnKind.Integer;
            if (NonNormal.Contains(c) && !numeric)
            {
                throw new PlanException(c.Location, "a numeric column for \"nonnormal\"", $"\"{c.Name}\" (a {kind.ToString().ToLowerInvariant()} column)", "List only continuous (numeric) variables in \"nonnormal\".");
            }

            if (Exact.Contains(c) && numeric && !Categorical.Any(x => x.Name == c.Name))
            {
                throw new PlanException(c.Location, "a categorical variable for \"exact\"", $"\"{c.Name}\" (a numeric column)", "Add it to \"categorical\", or remove it from \"exact\".");
            }
        }

        var groups = ColumnValues.Texts(table, Group.Name, "group");
        var request = new Table1Request(
            Group.Name,
            [.. Variables.Select(v => v.Name), .. age is not null && !Variables.Any(v => v.Name == age) ? [age] : Array.Empty<string>()],
            [.. Categorical.Select(v => v.Name)],
            [.. NonNormal.Select(v => v.Name)],
            [.. Exact.Select(v => v.Name)],
            PValues,
            context.SuppressBelow,
            AppearanceOrder)
        {
            GroupOrder = context.OrderArms(groups.Where(g => g is not null).Select(g => g!)),
            WithinArms = [.. WithinArms.Select(v => v.Name)],
            VariableLabel = name => context.ColumnText(Dataset, name),
            LevelLabel = (name, level) => context.LevelText(Dataset, name, level),
        };
        var warnings = new List<string>();
        var view = Table1Builder.Build(table, request, m => warnings.Add($"{Id}: {m}"));
        var text = Table1Builder.Text(request, view);
        var k = view.Table.Groups.Length;
        var headers = text.Headers.Select((h, i) => i >= 1 && i <= k ? context.ArmLabel(h) : h).ToList();
        var arms = string.Join(", ", view.Table.Groups.Select((g, i) => $"{context.ArmLabel(g)} {context.Count(view.Table.GroupCounts[i])}"));
        var methods = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Baseline characteristics in {context.DataText(Dataset)} were summarised by {context.ColumnText(Dataset, Group.Name)} and overall as R tableone [yoshida-tableone]: continuous variables as mean (SD){(NonNormal.IsEmpty ? "" : $" or, for {string.Join(", ", NonNormal.Select(n => context.ColumnText(Dataset, n.Name)))}, median [first quartile, third quartile] (type-7 quantiles)")}, categorical variables as n (%) of non-missing values."),
            k > 2
                ? "Standardised mean differences [austin2009; yang2012] are the mean of the pairwise differences between arms (tableone's default summary)."
                : "Standardised mean differences [austin2009; yang2012] compare the two arms.",
        };
        if (!WithinArms.IsEmpty)
        {
            methods.Add($"{Capitalise(string.Join(", ", WithinArms.Select(v => context.ColumnText(Dataset, v.Name))))} {(WithinArms.Length == 1 ? "was" : "were")} summarised within each arm only and not pooled or compared across arms, because {(WithinArms.Length == 1 ? "its values are" : "their values are")} not on one scale across arms.");
        }

        if (age is not null)
        {
            methods.Add($"Age at index was derived from the dates: {Table1Age.Statement(age, AgeFrom!.Name, AgeAt!.Name)}.");
        }

        if (PValues)
        {
            methods.Add($"p-values are from one-way ANOVA (R oneway.test var.equal = TRUE){(NonNormal.IsEmpty ? "" : ", the Kruskal-Wallis test for non-normal variables")}, the chi-square test (with Yates' continuity correction for 2x2 tables){(Exact.IsEmpty ? "" : " or Fisher's exact test")} for categorical variables.");
        }

        return new ReportSection(Id, Header.Title ?? "Baseline characteristics (Table 1)")
        {
            Topics = [ReportingTopic.BaselineData, ReportingTopic.NumbersAnalysed],
            Narrative = [$"Arms (n): {arms}."],
            Tables = [new ReportTable(Id, text with { Headers = headers, Title = "Baseline characteristics by arm" }) { Note = text.Title.Replace(" (vs-first-arm SMDs in --format json)", "", StringComparison.Ordinal) + "." }],
            Methods = [.. methods, .. context.DataCaveats(Dataset)],
            Citations = [ReportCitations.TableOne, ReportCitations.Austin, ReportCitations.YangDalton],
            Warnings = [.. warnings],
        };
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
