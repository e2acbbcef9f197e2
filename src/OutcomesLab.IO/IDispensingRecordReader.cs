namespace OutcomesLab.IO;

/// <summary>
/// A dosing or dispensing file read one record at a time for <see cref="Outcomes.StreamingEpisodeBuilder"/>,
/// with memory that does not grow with the file: <see cref="DispensingCsvStreamReader"/> (a fixed byte
/// buffer) or <see cref="DispensingParquetStreamReader"/> (one row group at a time). Open one with
/// <see cref="DispensingRecordReaders.Open"/>. Both check the same sortedness rule (patients ascending,
/// numerically or by UTF-8 bytes; days non-decreasing within a patient) and stop at the first record out
/// of order with an <see cref="InputException"/> naming the file, line or row, and column.
/// </summary>
public interface IDispensingRecordReader : IDisposable
{
    /// <summary>Length of the file in bytes.</summary>
    long Length { get; }

    /// <summary>Bytes consumed so far (for progress; for Parquet estimated from the rows read).</summary>
    long BytesRead { get; }

    /// <summary>Records read so far.</summary>
    long Records { get; }

    /// <summary>Where the current record is: its line for CSV (1 = header), its 1-based row for Parquet.</summary>
    long Position { get; }

    /// <summary>True when the current record is the first of a new patient.</summary>
    bool IsNewPatient { get; }

    /// <summary>The current patient's id (one string per patient, not per record).</summary>
    string PatientId { get; }

    /// <summary>Day of the current record: the study day, or with <see cref="DaysFromFirstFill"/> days from the patient's first fill.</summary>
    int Day { get; }

    /// <summary>True when the day column holds fill dates: then <see cref="Day"/> counts days from the patient's first fill (day 0), as there is no index date.</summary>
    bool DaysFromFirstFill { get; }

    /// <summary>Days supplied by the current record (1 without a days-supplied column).</summary>
    int DaysSupplied { get; }

    /// <summary>Dose of the current record (NaN when missing or without a dose column).</summary>
    double Dose { get; }

    /// <summary>Medication of the current record (null when missing or without a medication column); equal names share one string.</summary>
    string? Medication { get; }

    /// <summary>Reads the next record.</summary>
    /// <returns>False at the end of the file.</returns>
    /// <exception cref="InputException">A value is invalid or the record is out of order.</exception>
    bool Read();
}
