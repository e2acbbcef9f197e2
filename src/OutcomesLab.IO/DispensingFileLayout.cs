namespace OutcomesLab.IO;

/// <summary>How <see cref="SimulatedDispensingCsvWriter"/> writes the records: trial-style study days and medication names (the default), or claims-style fill dates and drug codes.</summary>
public sealed record DispensingFileLayout
{
    /// <summary>The trial layout: <c>patient,day,medication,days_supplied,dose_mg</c>.</summary>
    public static DispensingFileLayout StudyDays { get; } = new();

    /// <summary>When set, a <c>fill_date</c> column (ISO 8601) replaces <c>day</c>: the start date plus the patient's entry offset (<see cref="Simulation.ClaimsProducts.Patient"/>) plus the study day.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>When true, an <c>ndc</c> column of product codes (<see cref="Simulation.ClaimsProducts"/>) replaces <c>medication</c> and <c>dose_mg</c> (claims carry no daily dose), and a quarter of the patients get a naloxone-kit fill that no map of treatment medications lists.</summary>
    public bool Codes { get; init; }

    /// <summary>The header columns of this layout.</summary>
    public IReadOnlyList<string> Columns => Codes
        ? ["patient", StartDate is null ? "day" : "fill_date", "ndc", "days_supplied"]
        : ["patient", StartDate is null ? "day" : "fill_date", "medication", "days_supplied", "dose_mg"];
}
