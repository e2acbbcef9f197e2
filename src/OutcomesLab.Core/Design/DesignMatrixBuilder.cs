using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace OutcomesLab.Design;

/// <summary>
/// Builds a <see cref="DesignMatrix"/> from plain arrays, following R's <c>model.matrix</c> with
/// treatment contrasts (Chambers &amp; Hastie 1992, <i>Statistical Models in S</i>, ch. 2): numeric
/// columns are used as they are; text columns are dummy-coded against a reference level (the first
/// level in sorted order, as <see cref="Factor.DefaultOrder"/>, unless one is named); <c>A:B</c>
/// adds the products of the columns of two variables already added.
/// </summary>
/// <remarks>Column names: the variable name for numeric columns, <c>col=level</c> for dummies and the
/// two names joined by <c>:</c> for products. No intercept column is produced (Cox models have none).</remarks>
public sealed class DesignMatrixBuilder
{
    private readonly List<(string Name, List<string> ColumnNames, List<double[]> Columns)> variables = [];
    private readonly List<(string Name, List<string> ColumnNames, List<double[]> Columns)> terms = [];
    private int rowCount = -1;

    /// <summary>Adds a numeric variable as one term and one column.</summary>
    /// <param name="name">Variable name (also the column and term name).</param>
    /// <param name="values">One finite value per row.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A value is not finite, the length differs from earlier columns, or the name is used twice.</exception>
    public DesignMatrixBuilder AddNumeric(string name, IReadOnlyList<double> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(values);
        CheckRows(name, values.Count);

        // An immutable array cannot change before Build, so it is used as it is; anything else is copied.
        var col = values is ImmutableArray<double> immutable ? ImmutableCollectionsMarshal.AsArray(immutable)! : [.. values];
        for (var i = 0; i < col.Length; i++)
        {
            if (!double.IsFinite(col[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{name}[{i}] is {col[i].ToString("R", CultureInfo.InvariantCulture)}: expected a finite number. Drop rows with missing values in the model's columns first."),
                    nameof(values));
            }
        }

        AddVariable(name, [name], [col]);
        return this;
    }

    /// <summary>
    /// Adds a categorical variable dummy-coded against a reference level (R's treatment contrasts):
    /// one 0/1 column <c>name=level</c> per non-reference level, together one term.
    /// </summary>
    /// <param name="name">Variable name (also the term name).</param>
    /// <param name="labels">One label per row; null labels are rejected.</param>
    /// <param name="reference">The reference level, or null for the first level of <paramref name="levels"/> (default: sorted order, numeric when all labels are numbers).</param>
    /// <param name="levels">Explicit level order, or null for the default order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A label is missing, the reference level does not occur, or the length differs from earlier columns.</exception>
    public DesignMatrixBuilder AddCategorical(string name, IReadOnlyList<string> labels, string? reference = null, IReadOnlyList<string>? levels = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(labels);
        CheckRows(name, labels.Count);
        var factor = Factor.Create(name, labels, labels.Count, levels);
        var refIndex = 0;
        if (reference is not null)
        {
            refIndex = factor.Levels.IndexOf(reference);
            if (refIndex < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Reference level \"{reference}\" is not a level of {name} (levels: {string.Join(", ", factor.Levels)}). Name one of the existing levels."),
                    nameof(reference));
            }
        }

        var names = new List<string>();
        var cols = new List<double[]>();
        for (var k = 0; k < factor.LevelCount; k++)
        {
            if (k == refIndex)
            {
                continue;
            }

            var col = new double[labels.Count];
            for (var i = 0; i < col.Length; i++)
            {
                col[i] = factor.Codes[i] == k ? 1.0 : 0.0;
            }

            names.Add(name + "=" + factor.Levels[k]);
            cols.Add(col);
        }

        AddVariable(name, names, cols);
        return this;
    }

    /// <summary>Adds the interaction term <c>A:B</c>: the products of every column of variable <paramref name="a"/> with every column of variable <paramref name="b"/> (both added before).</summary>
    /// <param name="a">Name of the first variable.</param>
    /// <param name="b">Name of the second variable.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A variable has not been added.</exception>
    public DesignMatrixBuilder AddInteraction(string a, string b)
    {
        var va = FindVariable(a, nameof(a));
        var vb = FindVariable(b, nameof(b));
        var names = new List<string>();
        var cols = new List<double[]>();
        for (var jb = 0; jb < vb.Columns.Count; jb++)
        {
            for (var ja = 0; ja < va.Columns.Count; ja++)
            {
                var x = va.Columns[ja];
                var y = vb.Columns[jb];
                var col = new double[x.Length];
                for (var i = 0; i < col.Length; i++)
                {
                    col[i] = x[i] * y[i];
                }

                names.Add(va.ColumnNames[ja] + ":" + vb.ColumnNames[jb]);
                cols.Add(col);
            }
        }

        terms.Add((a + ":" + b, names, cols));
        return this;
    }

    /// <summary>Adds a term given as <c>name</c> (a variable added before) or <c>A:B</c> (an interaction), as in a covariate list <c>A,B,A:B</c>.</summary>
    /// <param name="term">The term specification.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The specification is not of either form.</exception>
    public DesignMatrixBuilder AddInteraction(string term)
    {
        ArgumentException.ThrowIfNullOrEmpty(term);
        var parts = term.Split(':');
        if (parts.Length != 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Interaction \"{term}\" must have the form A:B with two variable names."), nameof(term));
        }

        return AddInteraction(parts[0], parts[1]);
    }

    /// <summary>Assembles the matrix (the columns are shared, not copied: none is changed after it is added).</summary>
    /// <returns>The design matrix.</returns>
    /// <exception cref="InvalidOperationException">No column has been added.</exception>
    public DesignMatrix Build()
    {
        if (terms.Count == 0 || rowCount < 0)
        {
            throw new InvalidOperationException("The design has no columns: add at least one numeric or categorical variable.");
        }

        var colNames = new List<string>();
        var cols = new List<double[]>();
        var termList = ImmutableArray.CreateBuilder<DesignTerm>();
        foreach (var t in terms)
        {
            var idx = ImmutableArray.CreateBuilder<int>();
            for (var k = 0; k < t.Columns.Count; k++)
            {
                idx.Add(cols.Count);
                colNames.Add(t.ColumnNames[k]);
                cols.Add(t.Columns[k]);
            }

            termList.Add(new DesignTerm(t.Name, idx.ToImmutable()));
        }

        return new DesignMatrix(rowCount, [.. colNames], [.. cols], termList.ToImmutable());
    }

    private void AddVariable(string name, List<string> columnNames, List<double[]> columns)
    {
        foreach (var v in variables)
        {
            if (string.Equals(v.Name, name, StringComparison.Ordinal))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Variable \"{name}\" was added twice; each variable can be added once."), nameof(name));
            }
        }

        variables.Add((name, columnNames, columns));
        terms.Add((name, columnNames, columns));
    }

    private (string Name, List<string> ColumnNames, List<double[]> Columns) FindVariable(string name, string parameter)
    {
        foreach (var v in variables)
        {
            if (string.Equals(v.Name, name, StringComparison.Ordinal))
            {
                return v;
            }
        }

        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Interaction uses \"{name}\", which has not been added; add the variable with AddNumeric or AddCategorical first."), parameter);
    }

    private void CheckRows(string name, int count)
    {
        if (rowCount >= 0 && count != rowCount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} has {count} rows but earlier columns have {rowCount}: every column needs one value per row."), nameof(name));
        }

        rowCount = count;
    }
}
