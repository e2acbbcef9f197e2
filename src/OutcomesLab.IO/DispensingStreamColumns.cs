namespace OutcomesLab.IO;

/// <summary>The columns the streaming dispensing readers (<see cref="DispensingCsvStreamReader"/>, <see cref="DispensingParquetStreamReader"/>) read, by header or schema name, with the command-line option that named each (for error messages).</summary>
/// <param name="Id">Patient id column.</param>
/// <param name="Day">Study day column (whole numbers), or fill dates (ISO 8601 text in a CSV, DATE or TIMESTAMP in Parquet).</param>
/// <param name="DaysSupplied">Days supplied column, or null for one day per record (daily dosing).</param>
/// <param name="Dose">Dose column, or null.</param>
/// <param name="Medication">Medication column, or null.</param>
public sealed record DispensingStreamColumns(string Id, string Day, string? DaysSupplied = null, string? Dose = null, string? Medication = null)
{
    /// <summary>Option that named <see cref="Id"/> (default <c>--id</c>).</summary>
    public string IdOption { get; init; } = "--id";

    /// <summary>Option that named <see cref="Day"/> (default <c>--day</c>).</summary>
    public string DayOption { get; init; } = "--day";

    /// <summary>Option that named <see cref="DaysSupplied"/> (default <c>--days-supplied</c>).</summary>
    public string DaysSuppliedOption { get; init; } = "--days-supplied";

    /// <summary>Option that named <see cref="Dose"/> (default <c>--dose</c>).</summary>
    public string DoseOption { get; init; } = "--dose";

    /// <summary>Option that named <see cref="Medication"/> (default <c>--medication</c>).</summary>
    public string MedicationOption { get; init; } = "--medication";
}
