using OutcomesLab.Tables;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The table with its suppression masks, as the display texts and JSON values need them.</summary>
internal sealed record Table1View(BaselineTableResult Table, BaselineTableSuppressionResult? Suppression)
{
    public string Hidden => Suppression?.HiddenText ?? "";

    public bool ArmHidden(int a) => Suppression is { } s && (a < s.GroupCountHidden.Length ? s.GroupCountHidden[a] : s.OverallCountHidden);

    /// <summary>Cell (row, column a) of variable v's block; row = level index or (continuous) 0, missing = last row; a = arm or Overall (last).</summary>
    public bool CellHidden(int v, int row, int a)
    {
        if (Suppression is null)
        {
            return false;
        }

        var b = Suppression.Variables[v];
        return a < b.Hidden[row].Length ? b.Hidden[row][a] : b.RowTotalHidden[row];
    }

    public bool PercentHidden(int v, int level, int a) => Suppression is { } s && s.PercentHidden[v][level][a];

    /// <summary>Summary statistics of fewer than K people (1..K−1 non-missing values) describe individuals: hidden under suppression.</summary>
    public bool StatisticsHidden(BaselineContinuousStatistics s) => Suppression is { } x && SmallCellSuppression.IsPrimary(s.N, x.Threshold);

    /// <summary>The minimum and maximum are single people's values: omitted whenever suppression is on.</summary>
    public bool ExtremesHidden => Suppression is not null;

    public int MissingRow(int v) => Table.Variables[v].Kind == BaselineVariableKind.Categorical ? Table.Variables[v].Levels.Length : 1;
}
