using System.Collections.Immutable;
using OutcomesLab.IO.Internal;

namespace OutcomesLab.IO;

/// <summary>Computes a <see cref="TableDescription"/>: pure, no console output.</summary>
public static class TableDescriber
{
    /// <summary>The most distinct levels listed per column; further ones are counted in <see cref="ColumnDescription.MoreLevels"/>.</summary>
    public const int MaxLevels = 20;

    /// <summary>Describes every column of a table: type, missing count, numeric range and mean, date range (ISO 8601), or level counts; notes text columns that look like dates needing <c>--date-format</c>.</summary>
    /// <param name="table">The loaded table.</param>
    /// <returns>The description.</returns>
    public static TableDescription Describe(CohortTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var details = ImmutableArray.CreateBuilder<ColumnDescription>(table.Columns.Length);
        foreach (var column in table.Columns)
        {
            var description = DescribeColumn(column, table.Data[column.Index]);
            if (column.Kind == ColumnKind.Text && !table.Options.DecimalComma
                && TextColumnShape.LooksLikeDecimalCommaNumbers(table.Data[column.Index].Texts!, out var example))
            {
                description = description with
                {
                    Note = $"column \"{column.Name}\" is read as text, but every value is a number written with a decimal comma (e.g. \"{example}\"): read the file with --decimal-comma, or every command will treat it as text categories.",
                };
            }
            else if (DateColumns.UnreadDates(table, column, "analysis") is { } unread)
            {
                description = description with
                {
                    Note = $"column \"{column.Name}\" is read as text, but its values look like dates (line {unread.Line}: \"{unread.Found}\"): {unread.Fix}",
                };
            }

            details.Add(description);
        }

        return new TableDescription(table.SourceFile, table.RowCount, table.Columns.Length, details.MoveToImmutable());
    }

    private static ColumnDescription DescribeColumn(TableColumn column, ColumnData data)
    {
        double? min = null, max = null, mean = null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (data.Numbers is { } numbers)
        {
            double sum = 0, lo = double.PositiveInfinity, hi = double.NegativeInfinity;
            var n = 0;
            for (var i = 0; i < numbers.Length; i++)
            {
                if (data.IsMissing(i))
                {
                    continue;
                }

                var v = numbers[i];
                sum += v;
                lo = Math.Min(lo, v);
                hi = Math.Max(hi, v);
                n++;
                if (column.Kind == ColumnKind.Integer && counts.Count <= MaxLevels)
                {
                    var key = NumberText.Format(v);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }

            if (n > 0)
            {
                (min, max, mean) = (lo, hi, sum / n);
            }

            if (counts.Count > MaxLevels)
            {
                counts.Clear();
            }
        }
        else
        {
            foreach (var t in data.Texts!)
            {
                if (t is not null)
                {
                    counts[t] = counts.GetValueOrDefault(t) + 1;
                }
            }
        }

        if (data.Dates is { } dateKind)
        {
            var dateTime = dateKind == ColumnKind.DateTime;
            return new ColumnDescription(column.Name, column.Kind, column.MissingCount, null, null, null, [], 0)
            {
                EarliestDate = min is { } lo ? DateText.Format(lo, dateTime) : null,
                LatestDate = max is { } hi ? DateText.Format(hi, dateTime) : null,
            };
        }

        var ordered = Factor.DefaultOrder(counts.Keys);
        ImmutableArray<LevelCount> levels = [.. ordered.Take(MaxLevels).Select(l => new LevelCount(l, counts[l]))];
        return new ColumnDescription(column.Name, column.Kind, column.MissingCount, min, max, mean, levels, Math.Max(0, ordered.Length - MaxLevels));
    }
}
