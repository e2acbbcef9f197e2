namespace OutcomesLab.IO;

/// <summary>The storage format of a table file: text CSV or columnar Parquet.</summary>
public enum TableFileFormat
{
    /// <summary>Delimited text read by <see cref="CohortCsvReader"/>.</summary>
    Csv,

    /// <summary>An Apache Parquet file read by <see cref="ParquetTableReader"/>; column types come from its schema.</summary>
    Parquet,
}
