using System.Collections.Immutable;

namespace OutcomesLab.Plotting;

/// <summary>What a urine-screen heat-map shows: patients (rows, grouped by arm) × weeks (columns).</summary>
/// <param name="Rows">Patient rows top to bottom: arm by arm, longest time in treatment first.</param>
/// <param name="Groups">The arm blocks in drawing order.</param>
/// <param name="FirstWeek">Week of the first column.</param>
/// <param name="LastWeek">Week of the last column.</param>
/// <param name="Legend">The colour of each week state.</param>
/// <param name="XLabel">x-axis title.</param>
/// <param name="YLabel">y-axis title (says what the rows are sorted by).</param>
/// <param name="Title">Title above the figure, or null.</param>
public sealed record UdsHeatmapModel(
    ImmutableArray<UdsHeatmapRow> Rows,
    ImmutableArray<UdsHeatmapGroup> Groups,
    int FirstWeek,
    int LastWeek,
    ImmutableArray<UdsHeatmapKey> Legend,
    string XLabel,
    string YLabel,
    string? Title)
{
    /// <summary>Patients per drawn row: 1, or k when consecutive patients of an arm were binned (<see cref="UdsHeatmapFigure.Bin"/>).</summary>
    public int PatientsPerRow { get; init; } = 1;

    /// <summary>The colour of the cell of <paramref name="row"/> in week <paramref name="week"/>.</summary>
    /// <param name="row">Row index (top = 0).</param>
    /// <param name="week">Week number, <see cref="FirstWeek"/> to <see cref="LastWeek"/>.</param>
    /// <returns>The colour of that week's state.</returns>
    public ScottPlot.Color CellColor(int row, int week)
    {
        var symbol = Rows[row].Word[week - FirstWeek];
        return Legend.Any(k => k.Symbol == symbol)
            ? ColorOf(symbol)
            : throw new InvalidOperationException($"Week {week} of patient \"{Rows[row].Patient}\" is '{symbol}', which has no legend colour.");
    }

    /// <summary>The legend colour of a week state.</summary>
    /// <param name="symbol">The use-pattern character.</param>
    /// <returns>Its colour.</returns>
    public ScottPlot.Color ColorOf(char symbol)
    {
        foreach (var key in Legend)
        {
            if (key.Symbol == symbol)
            {
                return key.Color;
            }
        }

        throw new InvalidOperationException($"The state '{symbol}' has no legend colour.");
    }
}
