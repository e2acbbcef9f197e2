using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Tables;

/// <summary>
/// One row block of a Table 1: a baseline characteristic measured on every subject (the same order
/// as the group vector given to <see cref="BaselineTable.Build"/>). Create it with
/// <see cref="Continuous"/> or <see cref="Categorical"/>; the options mirror R tableone's
/// <c>CreateTableOne(vars, factorVars)</c> and <c>print(nonnormal =, exact =)</c>.
/// </summary>
public sealed record BaselineVariable
{
    private BaselineVariable(string name, BaselineVariableKind kind)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("Give the variable a name.", nameof(name));
        }

        Name = name;
        Kind = kind;
    }

    /// <summary>The label printed in the table.</summary>
    public string Name { get; }

    /// <summary>Continuous or categorical.</summary>
    public BaselineVariableKind Kind { get; }

    /// <summary>Continuous values, NaN = missing (empty for a categorical variable).</summary>
    public ImmutableArray<double> Values { get; private init; } = [];

    /// <summary>Continuous only: show median [Q1, Q3] and test with Kruskal–Wallis (tableone <c>nonnormal =</c>).</summary>
    public bool NonNormal { get; private init; }

    /// <summary>Categorical values, null = missing (empty for a continuous variable).</summary>
    public ImmutableArray<string?> Categories { get; private init; } = [];

    /// <summary>Categorical only: the level order (the given order, or the order of first appearance).</summary>
    public ImmutableArray<string> Levels { get; private init; } = [];

    /// <summary>Categorical only: when set, only this level's row is shown (a binary variable as "female, n (%)").</summary>
    public string? ShowOnlyLevel { get; private init; }

    /// <summary>Categorical only: test a 2×2 table with Fisher's exact test instead of chi-square (tableone <c>exact =</c>).</summary>
    public bool ExactTest { get; private init; }

    /// <summary>A continuous variable.</summary>
    /// <param name="name">Label.</param>
    /// <param name="values">One value per subject; NaN = missing.</param>
    /// <param name="nonNormal">Summarise by median [Q1, Q3] and test with Kruskal–Wallis.</param>
    /// <returns>The variable.</returns>
    public static BaselineVariable Continuous(string name, IReadOnlyList<double> values, bool nonNormal = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < values.Count; i++)
        {
            if (double.IsInfinity(values[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name}: value {i} is infinite; expected a finite number or NaN for missing."), nameof(values));
            }
        }

        return new BaselineVariable(name, BaselineVariableKind.Continuous) { Values = [.. values], NonNormal = nonNormal };
    }

    /// <summary>A categorical variable.</summary>
    /// <param name="name">Label.</param>
    /// <param name="values">One level per subject; null = missing.</param>
    /// <param name="levels">Level order; null for the order of first appearance. Every value must be one of them.</param>
    /// <param name="showOnlyLevel">Show only this level (for a binary variable); null shows all levels.</param>
    /// <param name="exactTest">Use Fisher's exact test (2×2 tables only) instead of chi-square.</param>
    /// <returns>The variable.</returns>
    public static BaselineVariable Categorical(string name, IReadOnlyList<string?> values, IReadOnlyList<string>? levels = null, string? showOnlyLevel = null, bool exactTest = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        List<string> order;
        if (levels is null)
        {
            order = [.. values.Where(v => v is not null).Select(v => v!).Distinct(StringComparer.Ordinal)];
        }
        else
        {
            order = [.. levels];
            if (order.Distinct(StringComparer.Ordinal).Count() != order.Count)
            {
                throw new ArgumentException($"{name}: the levels contain a duplicate.", nameof(levels));
            }

            var known = new HashSet<string>(order, StringComparer.Ordinal);
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is { } v && !known.Contains(v))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name}: value {i} is \"{v}\", which is not one of the given levels ({string.Join(", ", order)})."), nameof(values));
                }
            }
        }

        if (showOnlyLevel is not null && !order.Contains(showOnlyLevel, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{name}: the level to show, \"{showOnlyLevel}\", is not one of the levels ({string.Join(", ", order)}).", nameof(showOnlyLevel));
        }

        return new BaselineVariable(name, BaselineVariableKind.Categorical)
        {
            Categories = [.. values],
            Levels = [.. order],
            ShowOnlyLevel = showOnlyLevel,
            ExactTest = exactTest,
        };
    }

    /// <summary>Number of subjects.</summary>
    public int Count => Kind == BaselineVariableKind.Continuous ? Values.Length : Categories.Length;
}
