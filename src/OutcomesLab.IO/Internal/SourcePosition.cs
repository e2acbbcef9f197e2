namespace OutcomesLab.IO.Internal;

/// <summary>How a row of a table file is named in messages: CSV files have lines (the header is line 1), Parquet files only rows (1-based).</summary>
internal static class SourcePosition
{
    public static string Word(string file) => TableFileFormats.IsParquetPath(file) ? "row" : "line";

    public static string Words(string file) => TableFileFormats.IsParquetPath(file) ? "rows" : "lines";
}
