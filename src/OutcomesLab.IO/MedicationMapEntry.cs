namespace OutcomesLab.IO;

/// <summary>One row of a medication map: a drug code, the medication it is, and optionally the product's strength.</summary>
/// <param name="Code">The code as written in the dispensing records (NDC, ATC, DIN, a local code), trimmed.</param>
/// <param name="Medication">The medication the code stands for (e.g. methadone, buprenorphine, naltrexone).</param>
/// <param name="Strength">The strength of the dispensed product (mg per unit) when the map gives one, else null.</param>
/// <param name="Line">The line of the map file.</param>
public sealed record MedicationMapEntry(string Code, string Medication, double? Strength, int Line);
