using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Design;

/// <summary>
/// A numeric model matrix (R's <c>model.matrix</c> without the intercept column), stored once as a
/// flat row-major <see cref="double"/> array. Built by <see cref="DesignMatrixBuilder"/> or
/// <see cref="FromColumns"/>; regression routines read it through <see cref="Values"/>.
/// </summary>
/// <remarks>Columns are grouped into terms (R's <c>assign</c> attribute): a dummy-coded factor is one
/// term with several columns, so per-term tests (e.g. <c>cox.zph</c>) can use them jointly.</remarks>
public sealed class DesignMatrix
{
    private readonly double[] values;

    internal DesignMatrix(int rowCount, ImmutableArray<string> columnNames, double[] values, ImmutableArray<DesignTerm> terms)
    {
        RowCount = rowCount;
        ColumnNames = columnNames;
        this.values = values;
        Terms = terms;
    }

    /// <summary>Number of rows (subjects or (start, stop] intervals).</summary>
    public int RowCount { get; }

    /// <summary>Number of columns (coefficients).</summary>
    public int ColumnCount => ColumnNames.Length;

    /// <summary>Column names: the variable name for numeric columns, <c>col=level</c> for dummies, <c>A:B</c> for products.</summary>
    public ImmutableArray<string> ColumnNames { get; }

    /// <summary>The model terms and the columns each one spans (R's <c>assign</c>).</summary>
    public ImmutableArray<DesignTerm> Terms { get; }

    /// <summary>The matrix as a row-major span of length <see cref="RowCount"/> x <see cref="ColumnCount"/>.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>The value at <paramref name="row"/>, <paramref name="column"/>.</summary>
    /// <param name="row">Zero-based row.</param>
    /// <param name="column">Zero-based column.</param>
    public double this[int row, int column] => values[(row * ColumnCount) + column];

    /// <summary>Builds a matrix of numeric columns used as they are (one term per column).</summary>
    /// <param name="names">Column names.</param>
    /// <param name="columns">One array per column, all of the same length, every value finite.</param>
    /// <returns>The design matrix.</returns>
    /// <exception cref="ArgumentException">Lengths differ or a value is not finite.</exception>
    public static DesignMatrix FromColumns(IReadOnlyList<string> names, IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(columns);
        if (names.Count != columns.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"names has {names.Count} entries but columns has {columns.Count}: give one name per column."), nameof(names));
        }

        var builder = new DesignMatrixBuilder();
        for (var j = 0; j < names.Count; j++)
        {
            builder.AddNumeric(names[j], columns[j]);
        }

        return builder.Build();
    }

    internal double[] RawValues => values;
}
