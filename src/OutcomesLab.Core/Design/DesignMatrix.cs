using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Design;

/// <summary>
/// A numeric model matrix (R's <c>model.matrix</c> without the intercept column). Built by
/// <see cref="DesignMatrixBuilder"/> or <see cref="FromColumns"/>; read it by element or as a flat
/// row-major span (<see cref="Values"/>).
/// </summary>
/// <remarks>Columns are grouped into terms (R's <c>assign</c> attribute): a dummy-coded factor is one
/// term with several columns, so per-term tests (e.g. <c>cox.zph</c>) can use them jointly.
/// The columns are held as built (numeric columns of immutable inputs are not copied) and the
/// row-major array is made on first use of <see cref="Values"/> only: the Cox fit gathers rows from
/// the columns straight into its sorted copy, so at a million rows no second n x p array is made.</remarks>
public sealed class DesignMatrix
{
    private readonly double[][] columns;
    private double[]? values;

    internal DesignMatrix(int rowCount, ImmutableArray<string> columnNames, double[][] columns, ImmutableArray<DesignTerm> terms)
    {
        RowCount = rowCount;
        ColumnNames = columnNames;
        this.columns = columns;
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
    public ReadOnlySpan<double> Values => LazyInitializer.EnsureInitialized(ref values, RowMajor);

    /// <summary>The value at <paramref name="row"/>, <paramref name="column"/>.</summary>
    /// <param name="row">Zero-based row.</param>
    /// <param name="column">Zero-based column.</param>
    public double this[int row, int column] => columns[column][row];

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

    /// <summary>Copies row <paramref name="row"/> into <paramref name="destination"/> (length <see cref="ColumnCount"/>).</summary>
    internal void CopyRow(int row, Span<double> destination)
    {
        for (var j = 0; j < destination.Length; j++)
        {
            destination[j] = columns[j][row];
        }
    }

    /// <summary>
    /// The matrix restricted to the given columns (in the order given), with each term keeping the
    /// columns it still has and terms left without columns dropped, as R's <c>cox.zph</c> does with
    /// the <c>assign</c> list of a fit with aliased (NA) coefficients.
    /// </summary>
    internal DesignMatrix SelectColumns(IReadOnlyList<int> keep)
    {
        var names = ImmutableArray.CreateBuilder<string>(keep.Count);
        var cols = new double[keep.Count][];
        var newIndex = new Dictionary<int, int>();
        for (var i = 0; i < keep.Count; i++)
        {
            names.Add(ColumnNames[keep[i]]);
            cols[i] = columns[keep[i]];
            newIndex[keep[i]] = i;
        }

        var terms = ImmutableArray.CreateBuilder<DesignTerm>();
        foreach (var term in Terms)
        {
            var kept = term.Columns.Where(newIndex.ContainsKey).Select(c => newIndex[c]).ToImmutableArray();
            if (kept.Length > 0)
            {
                terms.Add(new DesignTerm(term.Name, kept));
            }
        }

        return new DesignMatrix(RowCount, names.MoveToImmutable(), cols, terms.ToImmutable());
    }

    private double[] RowMajor()
    {
        var p = columns.Length;
        var result = new double[RowCount * p];
        for (var i = 0; i < RowCount; i++)
        {
            CopyRow(i, result.AsSpan(i * p, p));
        }

        return result;
    }
}
