using System.Globalization;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// Scores an instrument for every row of a table (<c>outcomeslab qol score</c>, shared with the report's
/// qol section): each item cell is checked against the instrument's allowed values and every bad cell is
/// reported with its file line and column (up to ten, with the total); a row with a missing item gets no score.
/// </summary>
internal static class QolScoring
{
    /// <summary>One array per score column (<paramref name="itemsName"/> names the option or key listing the item columns) of <paramref name="instrument"/>, one value per row (null = not scored).</summary>
    public static double?[][] Score(CohortTable table, QolInstrument instrument, IReadOnlyList<string> names, string itemsName)
    {
        var columns = new int[names.Count];
        var problems = new List<InputProblem>();
        for (var i = 0; i < names.Count; i++)
        {
            var column = table.FindColumn(names[i]);
            if (column is null)
            {
                problems.Add(new InputProblem(table.SourceFile, null, names[i], $"a column for {instrument.Name} item {i + 1} (\"{instrument.Items[i]}\")", null, $"The file has columns {string.Join(", ", table.Columns.Select(c => c.Name))}. Name the item columns with {itemsName} C1,C2,... in instrument order."));
            }
            else
            {
                columns[i] = column.Index;
            }
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems, problems.Count);
        }

        var scores = new double?[instrument.Outputs.Count][];
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = new double?[table.RowCount];
        }

        var total = 0;
        for (var r = 0; r < table.RowCount; r++)
        {
            var values = new double?[names.Count];
            var ok = true;
            for (var i = 0; i < names.Count; i++)
            {
                var text = TableCsvWriter.CellText(table, columns[i], r);
                if (text is null)
                {
                    continue;
                }

                var (min, max, hint) = instrument.Allowed(i);
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || x != Math.Floor(x) || x < min || x > max)
                {
                    total++;
                    ok = false;
                    if (problems.Count < 10)
                    {
                        problems.Add(new InputProblem(table.SourceFile, table.SourceLines[r], names[i], $"{instrument.Name} item \"{instrument.Items[i]}\": {QolInstrument.Range(min, max)} or empty", text, hint is null ? "Correct the value or leave the cell empty for a missing answer." : hint + "."));
                    }

                    continue;
                }

                values[i] = x;
            }

            if (!ok)
            {
                continue;
            }

            double?[] row;
            try
            {
                row = instrument.Score(values);
            }
            catch (ArgumentException ex)
            {
                total++;
                if (problems.Count < 10)
                {
                    problems.Add(new InputProblem(table.SourceFile, table.SourceLines[r], null, $"valid {instrument.Name} responses", null, ex.Message.Split(" (Parameter", 2)[0]));
                }

                continue;
            }

            for (var k = 0; k < row.Length; k++)
            {
                scores[k][r] = row[k];
            }
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems, total);
        }

        return scores;
    }
}
